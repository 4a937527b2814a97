package mx.michangarrito.pos.catalog;

import java.util.List;
import java.util.Locale;
import mx.michangarrito.shared.barcode.Gtin;
import mx.michangarrito.shared.barcode.InvalidBarcodeException;

/**
 * The form a barcode is stored and looked up in: a valid GTIN as its 14-digit form (so UPC-A
 * 012345678905 and EAN-13 0012345678905 are one product), any other code as typed, upper case.
 *
 * @param code the stored form
 * @param kind GTIN or the shop's own code
 */
record BarcodeKey(String code, ProductBarcode.Kind kind) {

    private static final int MAX_LENGTH = 48;

    /**
     * The key under which a product's barcode is saved. An all-digit code of a GTIN length must be a
     * valid GTIN (a typo in a check digit is refused); shorter or alphanumeric codes are the shop's own.
     */
    static BarcodeKey forSaving(String typed) {
        String code = typed == null ? "" : typed.strip();
        if (code.isEmpty() || code.length() > MAX_LENGTH || code.chars().anyMatch(Character::isWhitespace)) {
            throw CatalogException.badBarcode(typed);
        }
        if (looksLikeGtin(code)) {
            try {
                return new BarcodeKey(Gtin.parse(code).gtin14(), ProductBarcode.Kind.GTIN);
            } catch (InvalidBarcodeException e) {
                throw CatalogException.invalidGtin(e);
            }
        }
        return new BarcodeKey(code.toUpperCase(Locale.ROOT), ProductBarcode.Kind.INTERNAL);
    }

    /** Every key a scanned code may be stored under (an 8-digit code can be EAN-8 or UPC-E). */
    static List<String> candidatesForLookup(String scanned) {
        String code = scanned.strip();
        if (looksLikeGtin(code)) {
            return Gtin.interpretations(code).stream().map(Gtin::gtin14).distinct().toList();
        }
        return List.of(code.toUpperCase(Locale.ROOT));
    }

    static boolean looksLikeGtin(String code) {
        int n = code.length();
        return (n == 8 || n == 12 || n == 13 || n == 14) && code.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
