package mx.michangarrito.cloud.owner;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.http.ServerRequest;
import mx.michangarrito.cloud.http.ApiException;
import mx.michangarrito.cloud.http.Fields;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.shared.barcode.Gtin;
import mx.michangarrito.shared.barcode.InvalidBarcodeException;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;

/**
 * Checks of what owners send, each failing as a 400 problem naming the field, with the same limits the
 * terminals hold their records to (a record a terminal cannot apply would be skipped there).
 */
final class OwnerInput {

    /** The units a terminal knows (desktop {@code catalog.Unit}). */
    static final List<String> UNITS = List.of("PIEZA", "KG", "G", "LITRO", "PAQUETE");
    static final int MAX_NAME = 200;
    static final int MAX_CUSTOMER_NAME = 100;
    static final int MAX_NOTE = 500;
    static final int MAX_CODE = 48;
    static final BigDecimal MAX_IEPS = new BigDecimal("300");
    private static final Pattern PHONE = Pattern.compile("[0-9]{10}");
    private static final Pattern PIN = Pattern.compile("[0-9]{4,6}");
    private static final Pattern RFC = Pattern.compile("[A-ZÑ&]{3,4}[0-9]{6}[A-Z0-9]{3}");

    private OwnerInput() {
    }

    /**
     * The body as {@code type}. Money is whole centavos: a member named {@code ...Centavos} that is not an
     * integer (12.5, "12") is refused rather than rounded, as is a negative amount.
     */
    static <T> T body(ServerRequest request, Class<T> type) {
        JsonNode tree = Json.readTree(request);
        if (tree == null) {
            throw ApiException.badRequest("request.body_missing");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getKey().endsWith("Centavos") && !field.getValue().isNull()
                    && (!field.getValue().isIntegralNumber() || !field.getValue().canConvertToLong()
                    || field.getValue().asLong() < 0)) {
                throw ApiException.badRequest("owner.centavos", field.getKey());
            }
        }
        return Json.convert(tree, type);
    }

    static String name(String value, String field, int max) {
        return Fields.text(value, field, max);
    }

    /** Optional text: null or blank is null; else as {@link Fields#text}. */
    static String optional(String value, String field, int max) {
        return value == null || value.isBlank() ? null : Fields.text(value, field, max);
    }

    static long centavos(Long value, String field) {
        long v = Fields.required(value, field);
        if (v < 0) {
            throw ApiException.badRequest("owner.centavos", field);
        }
        return v;
    }

    static String unit(String value) {
        String unit = Fields.required(value, "unit").strip().toUpperCase(Locale.ROOT);
        if (!UNITS.contains(unit)) {
            throw ApiException.badRequest("owner.unit", String.join(", ", UNITS));
        }
        return unit;
    }

    static IvaRate iva(String value) {
        try {
            return IvaRate.valueOf(Fields.required(value, "iva").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("owner.iva");
        }
    }

    /** An IEPS percent the tax module takes (zero or more), at most 300 %, or null for none. */
    static BigDecimal ieps(BigDecimal percent) {
        if (percent == null) {
            return null;
        }
        if (percent.signum() < 0 || percent.compareTo(MAX_IEPS) > 0 || percent.stripTrailingZeros().scale() > 4) {
            throw ApiException.badRequest("owner.ieps", MAX_IEPS);
        }
        return new IepsRate(percent).percent();
    }

    static BigDecimal quantity(BigDecimal value, String field) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 3 || value.compareTo(new BigDecimal("1000000")) > 0) {
            throw ApiException.badRequest("owner.quantity", field);
        }
        return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /**
     * A barcode in the form terminals store it: a code of 8, 12, 13 or 14 digits must be a valid GTIN and
     * is kept as its 14 digits; any other code (the shop's own) as typed, upper case.
     */
    static String barcode(String value) {
        String code = value == null ? "" : value.strip();
        if (code.isEmpty() || code.length() > MAX_CODE || code.chars().anyMatch(Character::isWhitespace)
                || code.chars().anyMatch(Character::isISOControl) || code.contains("/")) {
            throw ApiException.badRequest("owner.barcode", code);
        }
        int n = code.length();
        if ((n == 8 || n == 12 || n == 13 || n == 14) && code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Gtin.parse(code).gtin14();
            } catch (InvalidBarcodeException e) {
                throw ApiException.badRequest("owner.barcode", code);
            }
        }
        return code.toUpperCase(Locale.ROOT);
    }

    /** A customer's phone: 10 digits, or null. */
    static String phone(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = value.strip();
        if (!PHONE.matcher(digits).matches()) {
            throw ApiException.badRequest("owner.phone");
        }
        return digits;
    }

    /** A terminal user's PIN: 4 to 6 digits. Never logged, never stored but as its bcrypt hash. */
    static String pin(String value) {
        if (value == null || !PIN.matcher(value).matches()) {
            throw ApiException.badRequest("owner.pin");
        }
        return value;
    }

    /** A terminal role as the terminals name it. */
    static String role(String value) {
        String role = Fields.required(value, "role").strip().toUpperCase(Locale.ROOT);
        if (!List.of("OWNER", "MANAGER", "CASHIER").contains(role)) {
            throw ApiException.badRequest("owner.role");
        }
        return role;
    }

    /** An IANA zone name (America/Tijuana); offsets and abbreviations are refused. */
    static ZoneId zone(String value) {
        String id = Fields.text(value, "timeZone", 64);
        if (!ZoneId.getAvailableZoneIds().contains(id)) {
            throw ApiException.badRequest("owner.zone", id);
        }
        return ZoneId.of(id);
    }

    static String rfc(String value) {
        String rfc = value.strip().toUpperCase(Locale.ROOT);
        if (!RFC.matcher(rfc).matches()) {
            throw ApiException.badRequest("owner.rfc");
        }
        return rfc;
    }

    static String taxZone(String value) {
        String zone = value.strip().toUpperCase(Locale.ROOT);
        if (!zone.equals("GENERAL") && !zone.equals("BORDER")) {
            throw ApiException.badRequest("owner.tax_zone");
        }
        return zone;
    }
}
