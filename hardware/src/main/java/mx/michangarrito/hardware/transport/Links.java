package mx.michangarrito.hardware.transport;

import java.io.IOException;
import java.time.Duration;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.FileUri;
import mx.michangarrito.hardware.device.SerialUri;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.device.SpoolerUri;
import mx.michangarrito.hardware.device.TcpUri;

/** Opens the byte link a device address names. */
public final class Links {

    private Links() {
    }

    /**
     * Opens a two-way link: a TCP connection, a serial port or a device file.
     *
     * @param uri     where the device is
     * @param timeout how long to wait for the connection; also the first read timeout
     * @return the open link
     * @throws IOException              if the device cannot be reached or the port opened
     * @throws IllegalArgumentException for {@code spooler:} (write-only, printed through the OS print
     *                                  service) and {@code sim:} (served by a simulator, not a link)
     */
    public static Link open(DeviceUri uri, Duration timeout) throws IOException {
        positive(timeout);
        return switch (uri) {
            case TcpUri tcp -> TcpLink.connect(tcp, timeout);
            case SerialUri serial -> SerialLink.open(serial, timeout);
            case FileUri file -> FileLink.open(file, timeout);
            case SpoolerUri spooler -> throw new IllegalArgumentException(
                    spooler + " is printed through the OS print service, not opened as a byte link");
            case SimUri sim -> throw new IllegalArgumentException(sim + " is served by a simulator, not a byte link");
        };
    }

    /**
     * How a driver that reconnects gets its link: a fresh {@link #open} of {@code uri} each time, except
     * that a {@code serial:} port remembers the device's identity on the first open and, when the
     * configured path is gone, finds the same device under another port name.
     *
     * @param uri where the device is
     * @return the opener, one per device
     */
    public static LinkOpener opener(DeviceUri uri) {
        return opener(uri, SerialPorts.system());
    }

    /**
     * {@link #opener(DeviceUri)} with the given port listing.
     *
     * @param uri   where the device is
     * @param ports the present serial ports and their identities
     * @return the opener, one per device
     */
    public static LinkOpener opener(DeviceUri uri, SerialPorts ports) {
        if (uri instanceof SerialUri serial) {
            return new SerialPortFollower(serial, ports);
        }
        return timeout -> open(uri, timeout);
    }

    static Duration positive(Duration timeout) {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        return timeout;
    }

    static int millis(Duration timeout) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, positive(timeout).toMillis()));
    }
}
