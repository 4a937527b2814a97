package mx.michangarrito.hardware.sim;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import mx.michangarrito.hardware.device.SimUri;

/**
 * The simulators of one app run, by {@code sim:} name: the first use of {@code sim:} or
 * {@code sim:caja-2} starts that simulator on a loopback port, later uses get the same one, so demo
 * mode can show what the "printer" printed. Closing stops them all.
 */
public final class Simulators implements AutoCloseable {

    private final Map<SimUri, VirtualPrinter> printers = new HashMap<>();
    private final Map<SimUri, Integer> printerPorts = new HashMap<>();
    private final Map<SimUri, VirtualDisplay> displays = new HashMap<>();
    private final Map<SimUri, Integer> displayPorts = new HashMap<>();

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
        if (!printers.containsKey(uri)) {
            VirtualPrinter printer = new VirtualPrinter();
            printerPorts.put(uri, printer.listen());
            printers.put(uri, printer);
        }
        return printers.get(uri);
    }

    /**
     * The loopback port of a virtual printer, started on first use.
     *
     * @param uri its address
     * @return the TCP port on 127.0.0.1
     * @throws IOException if it cannot listen
     */
    public synchronized int printerPort(SimUri uri) throws IOException {
        printer(uri);
        return printerPorts.get(uri);
    }

    /**
     * The virtual display of a name, started on first use.
     *
     * @param uri its address
     * @return the display
     * @throws IOException if it cannot listen
     */
    public synchronized VirtualDisplay display(SimUri uri) throws IOException {
        if (!displays.containsKey(uri)) {
            VirtualDisplay display = new VirtualDisplay();
            displayPorts.put(uri, display.listen());
            displays.put(uri, display);
        }
        return displays.get(uri);
    }

    /**
     * The loopback port of a virtual display, started on first use.
     *
     * @param uri its address
     * @return the TCP port on 127.0.0.1
     * @throws IOException if it cannot listen
     */
    public synchronized int displayPort(SimUri uri) throws IOException {
        display(uri);
        return displayPorts.get(uri);
    }

    /** Stops every simulator. */
    @Override
    public synchronized void close() {
        printers.values().forEach(VirtualPrinter::close);
        displays.values().forEach(VirtualDisplay::close);
        printers.clear();
        printerPorts.clear();
        displays.clear();
        displayPorts.clear();
    }
}
