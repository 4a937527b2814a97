package mx.michangarrito.hardware.device;

import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_HOST;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_PORT;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.MISSING_HOST;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.UNEXPECTED_PATH;

import java.util.Set;
import java.util.regex.Pattern;

/** Reads what follows {@code tcp:}: {@code //host[:port]}, optionally ending in {@code /}. */
final class TcpUriParser {

    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");

    private TcpUriParser() {
    }

    static TcpUri parse(String rest) {
        if (!rest.startsWith("//")) {
            throw new InvalidDeviceUriException(MISSING_HOST, rest, rest);
        }
        String afterSlashes = rest.substring(2);
        int end = 0;
        while (end < afterSlashes.length() && "/?#".indexOf(afterSlashes.charAt(end)) < 0) {
            end++;
        }
        String authority = afterSlashes.substring(0, end);
        String tail = afterSlashes.substring(end);
        if (tail.startsWith("?")) {
            QueryParameters.parse(tail.substring(1), Set.of());
        } else if (!tail.isEmpty() && !tail.equals("/")) {
            throw new InvalidDeviceUriException(UNEXPECTED_PATH, tail, rest);
        }
        return authority(authority);
    }

    private static TcpUri authority(String authority) {
        if (authority.indexOf('@') >= 0) {
            throw new InvalidDeviceUriException(INVALID_HOST, authority, authority);
        }
        String host;
        String portText;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            String afterClose = close < 0 ? "" : authority.substring(close + 1);
            if (close < 0 || !(afterClose.isEmpty() || afterClose.startsWith(":"))) {
                throw new InvalidDeviceUriException(INVALID_HOST, authority, authority);
            }
            host = authority.substring(1, close);
            portText = afterClose.isEmpty() ? null : afterClose.substring(1);
            if (host.indexOf(':') < 0) {
                throw new InvalidDeviceUriException(INVALID_HOST, host, authority);
            }
        } else {
            int colon = authority.indexOf(':');
            if (colon >= 0 && authority.indexOf(':', colon + 1) >= 0) {
                // An IPv6 address must be written in brackets, or its last group would read as a port.
                throw new InvalidDeviceUriException(INVALID_HOST, authority, authority);
            }
            host = colon < 0 ? authority : authority.substring(0, colon);
            portText = colon < 0 ? null : authority.substring(colon + 1);
        }
        if (host.isEmpty()) {
            throw new InvalidDeviceUriException(MISSING_HOST, authority, authority);
        }
        return new TcpUri(host, portText == null ? TcpUri.DEFAULT_PORT : port(portText));
    }

    private static int port(String text) {
        if (!PORT.matcher(text).matches()) {
            throw new InvalidDeviceUriException(INVALID_PORT, text, text);
        }
        return Integer.parseInt(text);
    }
}
