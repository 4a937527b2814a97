package mx.michangarrito.hardware.device;

import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_FILE_PATH;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.MISSING_FILE_PATH;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A device file on this computer, such as a Linux USB printer class device: {@code file:/dev/usb/lp0}
 * (also accepted as {@code file:///dev/usb/lp0}). Two-way: the printer answers status queries on it.
 *
 * @param path an absolute path: {@code /…} (Unix), {@code C:\…} or {@code C:/…} (Windows drive), or
 *             {@code \\…} (Windows device or share); not starting with {@code //}
 */
public record FileUri(String path) implements DeviceUri {

    private static final Pattern WINDOWS_DRIVE = Pattern.compile("[A-Za-z]:[/\\\\].*", Pattern.DOTALL);

    /**
     * Checks that the path is absolute.
     *
     * @throws InvalidDeviceUriException if the path is blank or not absolute
     */
    public FileUri {
        Objects.requireNonNull(path, "path");
        if (path.isBlank()) {
            throw new InvalidDeviceUriException(MISSING_FILE_PATH, path, path);
        }
        boolean unix = path.startsWith("/") && !path.startsWith("//");
        if (!unix && !WINDOWS_DRIVE.matcher(path).matches() && !path.startsWith("\\\\")) {
            throw new InvalidDeviceUriException(INVALID_FILE_PATH, path, path);
        }
    }

    /** @return {@code true}: a device file reads as well as writes */
    @Override
    public boolean twoWay() {
        return true;
    }

    /** @return {@code file:<path>}, with {@code %} and control characters escaped */
    @Override
    public String toString() {
        return "file:" + UriText.encode(path, "");
    }
}
