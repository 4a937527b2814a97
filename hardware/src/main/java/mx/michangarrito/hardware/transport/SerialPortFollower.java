package mx.michangarrito.hardware.transport;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import mx.michangarrito.hardware.device.SerialUri;

/**
 * Opens a serial port by its configured path and, when the device comes back under another name (a USB
 * scanner replugged as {@code /dev/ttyACM1} instead of {@code /dev/ttyACM0}), finds it by identity. On the
 * first successful open it remembers the port's {@link PortIdentity}; each later open tries the configured
 * path first, then any present port with the same identity. A port with another identity, or a device
 * whose identity cannot tell it apart ({@link PortIdentity#distinctive()}), is never taken.
 *
 * <p>Used through {@link Links#opener}; one instance per device, called by one {@link ReconnectingLink}.
 */
final class SerialPortFollower implements LinkOpener {

    private static final System.Logger LOG = System.getLogger(SerialPortFollower.class.getName());

    private final SerialUri configured;
    private final SerialPorts ports;
    private volatile PortIdentity identity;
    /** The listing is asked once, after the first open: it can take a while and the answer does not change. */
    private volatile boolean looked;

    SerialPortFollower(SerialUri configured, SerialPorts ports) {
        this.configured = Objects.requireNonNull(configured, "configured");
        this.ports = Objects.requireNonNull(ports, "ports");
    }

    @Override
    public Link open(Duration timeout) throws IOException {
        try {
            Link link = SerialLink.open(configured, timeout);
            if (!looked) {
                looked = true;
                identity = identityOf(configured.port()).orElse(null);
                LOG.log(Level.DEBUG, () -> configured.port() + " is " + identity);
            }
            return link;
        } catch (IOException atConfiguredPath) {
            PortIdentity known = identity;
            if (known == null || !known.distinctive()) {
                throw atConfiguredPath;
            }
            for (SerialPorts.Port port : ports.present()) {
                if (!samePath(port.path(), configured.port()) && known.sameDeviceAs(port.identity())) {
                    SerialUri moved = new SerialUri(port.path(), configured.settings());
                    try {
                        Link link = SerialLink.open(moved, timeout);
                        LOG.log(Level.INFO, () -> "the device of " + configured.port() + " came back as " + port.path());
                        return link;
                    } catch (IOException elsewhere) {
                        atConfiguredPath.addSuppressed(elsewhere);
                    }
                }
            }
            throw atConfiguredPath;
        }
    }

    /** The identity the configured port had when it was first opened, if it was found in the listing. */
    Optional<PortIdentity> identity() {
        return Optional.ofNullable(identity);
    }

    private Optional<PortIdentity> identityOf(String path) {
        try {
            return ports.present().stream().filter(port -> samePath(port.path(), path))
                    .map(SerialPorts.Port::identity).findFirst();
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "the serial ports could not be listed", e);
            return Optional.empty();
        }
    }

    /** The same port, also when one name is a link to the other ({@code /dev/serial/by-id/…}, a pty link). */
    private static boolean samePath(String a, String b) {
        return a.equals(b) || SystemSerialPorts.realPath(a).equals(SystemSerialPorts.realPath(b));
    }
}
