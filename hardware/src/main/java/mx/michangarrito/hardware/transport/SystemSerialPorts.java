package mx.michangarrito.hardware.transport;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** {@link SerialPorts#system()}: jSerialComm's port list, plus the Linux {@code /dev/serial/by-id} links. */
final class SystemSerialPorts implements SerialPorts {

    static final SystemSerialPorts INSTANCE = new SystemSerialPorts();
    private static final System.Logger LOG = System.getLogger(SystemSerialPorts.class.getName());
    private static final Path BY_ID = Path.of("/dev/serial/by-id");

    private SystemSerialPorts() {
    }

    @Override
    public List<Port> present() {
        Map<Path, String> byId = byIdLinks();
        List<Port> ports = new ArrayList<>();
        try {
            for (SerialPort port : SerialPort.getCommPorts()) {
                String path = port.getSystemPortPath();
                ports.add(new Port(path, new PortIdentity(port.getVendorID(), port.getProductID(),
                        Optional.ofNullable(port.getSerialNumber()), Optional.ofNullable(byId.get(realPath(path))))));
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "the serial ports could not be listed", e);
        }
        return ports;
    }

    /** The {@code by-id} links by the real device path they point at; empty off Linux. */
    private static Map<Path, String> byIdLinks() {
        Map<Path, String> links = new HashMap<>();
        if (!Files.isDirectory(BY_ID)) {
            return links;
        }
        try (Stream<Path> entries = Files.list(BY_ID)) {
            entries.forEach(link -> links.putIfAbsent(realPath(link.toString()), link.toString()));
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "/dev/serial/by-id could not be read", e);
        }
        return links;
    }

    static Path realPath(String path) {
        try {
            return Path.of(path).toRealPath();
        } catch (IOException | RuntimeException e) {
            return Path.of(path).toAbsolutePath().normalize();
        }
    }
}
