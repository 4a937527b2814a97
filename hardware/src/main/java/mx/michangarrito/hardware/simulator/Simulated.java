package mx.michangarrito.hardware.simulator;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Objects;
import mx.michangarrito.hardware.device.Device;

/**
 * A real driver wired to an in-process simulator, for demo mode and tests: use {@link #device()} as
 * the app would use the real device, and {@link #simulator()} to make things happen (scan a code, put
 * goods on the scale, decline a card).
 *
 * @param device    the driver, closed
 * @param simulator the simulator on the other end of its link, running
 * @param <D>       the driver's type
 * @param <S>       the simulator's type
 */
public record Simulated<D extends Device, S extends AutoCloseable>(D device, S simulator) implements AutoCloseable {

    /** Checks the parts. */
    public Simulated {
        Objects.requireNonNull(device, "device");
        Objects.requireNonNull(simulator, "simulator");
    }

    /** Closes the driver, then the simulator. */
    @Override
    public void close() {
        device.close();
        try {
            simulator.close();
        } catch (Exception e) {
            System.getLogger(Simulated.class.getName()).log(Level.DEBUG, "closing a simulator failed", e);
        }
    }

    static IOException unplugged(Object uri) {
        return new IOException("the simulator at " + uri + " is unplugged");
    }
}
