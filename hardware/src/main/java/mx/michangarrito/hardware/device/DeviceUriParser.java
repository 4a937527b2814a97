package mx.michangarrito.hardware.device;

import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.EMPTY;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_FILE_PATH;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.UNKNOWN_SCHEME;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** Reads a {@link DeviceUri}: picks the variant by scheme and reports errors against the whole text. */
final class DeviceUriParser {

    /** {@code file:///C:/…} is the standard URI of a Windows path {@code C:/…}. */
    private static final Pattern SLASH_WINDOWS_DRIVE = Pattern.compile("/[A-Za-z]:[/\\\\].*", Pattern.DOTALL);

    private DeviceUriParser() {
    }

    static DeviceUri parse(String text) {
        Objects.requireNonNull(text, "text");
        String input = text.strip();
        try {
            return parseStripped(input);
        } catch (InvalidDeviceUriException e) {
            throw e.within(input);
        }
    }

    private static DeviceUri parseStripped(String input) {
        if (input.isEmpty()) {
            throw new InvalidDeviceUriException(EMPTY, input, input);
        }
        int colon = input.indexOf(':');
        if (colon < 0) {
            throw new InvalidDeviceUriException(UNKNOWN_SCHEME, input, input);
        }
        String scheme = input.substring(0, colon);
        String rest = input.substring(colon + 1);
        return switch (scheme.toLowerCase(Locale.ROOT)) {
            case "tcp" -> TcpUriParser.parse(rest);
            case "serial" -> SerialUriParser.parse(rest);
            case "file" -> file(rest);
            case "spooler" -> new SpoolerUri(UriText.decode(rest));
            case "sim" -> new SimUri(rest);
            default -> throw new InvalidDeviceUriException(UNKNOWN_SCHEME, scheme, input);
        };
    }

    /** {@code file:/path}, or {@code file:///path} with an empty host; another host is refused. */
    private static FileUri file(String rest) {
        if (!rest.startsWith("//")) {
            return new FileUri(UriText.decode(rest));
        }
        int slash = rest.indexOf('/', 2);
        String host = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
        if (!host.isEmpty()) {
            throw new InvalidDeviceUriException(INVALID_FILE_PATH, rest, rest);
        }
        String path = UriText.decode(rest.substring(2));
        return new FileUri(SLASH_WINDOWS_DRIVE.matcher(path).matches() ? path.substring(1) : path);
    }
}
