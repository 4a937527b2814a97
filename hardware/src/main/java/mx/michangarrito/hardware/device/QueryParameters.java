package mx.michangarrito.hardware.device;

import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.DUPLICATE_PARAMETER;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.MALFORMED_PARAMETER;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.UNKNOWN_PARAMETER;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The {@code name=value&…} options after {@code ?} in an address; names are read in any case. */
final class QueryParameters {

    private QueryParameters() {
    }

    /**
     * The options by lower-case name.
     *
     * @param query the text after {@code ?}, possibly empty
     * @param known the lower-case names this kind of address accepts
     */
    static Map<String, String> parse(String query, Set<String> known) {
        Map<String, String> values = new LinkedHashMap<>();
        if (query.isEmpty()) {
            return values;
        }
        for (String pair : query.split("&", -1)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new InvalidDeviceUriException(MALFORMED_PARAMETER, pair, query);
            }
            String name = pair.substring(0, equals).toLowerCase(Locale.ROOT);
            if (!known.contains(name)) {
                throw new InvalidDeviceUriException(UNKNOWN_PARAMETER, pair.substring(0, equals), query);
            }
            if (values.putIfAbsent(name, pair.substring(equals + 1)) != null) {
                throw new InvalidDeviceUriException(DUPLICATE_PARAMETER, name, query);
            }
        }
        return values;
    }
}
