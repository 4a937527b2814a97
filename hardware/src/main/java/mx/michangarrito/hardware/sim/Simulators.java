package mx.michangarrito.hardware.sim;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import mx.michangarrito.hardware.device.SimUri;

/**
 * The simulators of one app run, by {@code sim:} name: the first use of {@code sim:} or
 * {@code sim:caja-2} starts that simulator on a loopback port, later uses get the same one, so demo
 * mode can show what the "printer" printed. Closing stops them all.
 */
public final class Simulators implements AutoCloseable {

    private final Map<SimUri, Running<VirtualPrinter>> printers = new HashMap<>();
    private final Map<SimUri, Running<VirtualDisplay>> displays = new HashMap<>();

    /** No simulator runs until one is asked for. */
    public Simulators() {
    }

    /**
     * The virtual printer of a name, started on first use.
     *
     * @param uri its address
     * @return the printer
     * @throws IOException if it cannot listen
     */
    public synchronized VirtualPrinter printer(SimUri uri) throws IOException {
        return running(printers, uri, VirtualPrinter::new, VirtualPrinter::listen).simulator();
    }

    /**
     * The loopback port of a virtual printer, started on first use.
     *
     * @param uri its address
     * @return the TCP port on 127.0.0.1
     * @throws IOException if it cannot listen
     */
    public synchronized int printerPort(SimUri uri) throws IOException {
        return running(printers, uri, VirtualPrinter::new, VirtualPrinter::listen).port();
    }

    /**
     * The virtual display of a name, started on first use.
     *
     * @param uri its address
     * @return the display
     * @throws IOException if it cannot listen
     */
    public synchronized VirtualDisplay display(SimUri uri) throws IOException {
        return running(displays, uri, VirtualDisplay::new, VirtualDisplay::listen).simulator();
    }

    /**
     * The loopback port of a virtual display, started on first use.
     *
     * @param uri its address
     * @return the TCP port on 127.0.0.1
     * @throws IOException if it cannot listen
     */
    public synchronized int displayPort(SimUri uri) throws IOException {
        return running(displays, uri, VirtualDisplay::new, VirtualDisplay::listen).port();
    }

    /** Stops every simulator. */
    @Override
    public synchronized void close() {
        printers.values().forEach(running -> running.simulator().close());
        displays.values().forEach(running -> running.simulator().close());
        printers.clear();
        displays.clear();
    }

    /** The simulator of {@code uri} in {@code all}, made and started listening on first use. */
    private static <T> Running<T> running(Map<SimUri, Running<T>> all, SimUri uri, Supplier<T> make, Listen<T> listen)
            throws IOException {
        Running<T> running = all.get(uri);
        if (running == null) {
            T simulator = make.get();
            running = new Running<>(simulator, listen.listen(simulator));
            all.put(uri, running);
        }
        return running;
    }

    /** A started simulator and the loopback port it listens on. */
    private record Running<T>(T simulator, int port) {
    }

    /** Starts a simulator listening; returns its port. */
    @FunctionalInterface
    private interface Listen<T> {
        int listen(T simulator) throws IOException;
    }
}
