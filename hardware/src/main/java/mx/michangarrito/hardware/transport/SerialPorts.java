package mx.michangarrito.hardware.transport;

import java.util.List;
import java.util.Objects;

/**
 * The serial ports present now, with their identities: how a device that came back under another port
 * name is found. {@link #system()} asks jSerialComm; tests list what they need.
 */
@FunctionalInterface
public interface SerialPorts {

    /**
     * A present port.
     *
     * @param path     its name or path, as {@code serial:} addresses write it ({@code /dev/ttyACM1}, {@code COM4})
     * @param identity who it is
     */
    record Port(String path, PortIdentity identity) {
        /** Checks the parts. */
        public Port {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(identity, "identity");
        }
    }

    /**
     * Lists the ports now.
     *
     * @return the present ports, possibly none
     */
    List<Port> present();

    /**
     * The ports of this computer, through jSerialComm (and {@code /dev/serial/by-id} on Linux).
     *
     * @return the system's listing
     */
    static SerialPorts system() {
        return SystemSerialPorts.INSTANCE;
    }
}
