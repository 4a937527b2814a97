package mx.michangarrito.pos.device;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.printer.PrintServices;
import mx.michangarrito.hardware.transport.SerialPorts;

/**
 * Which receipt printer the counter prints on, changeable while the app runs (the first run's printer
 * choice): opens the printer at an address, attaches it to the {@link DeviceBridge} in place of the previous
 * one (closed), and lists the printers this PC can see. Tickets waiting when the shop chooses no printer are
 * kept until it chooses one again (decision 0024).
 */
public final class PrinterSwitch implements AutoCloseable {

    /** The address meaning "no printer". */
    public static final String NONE = "none";
    /** The address of the virtual printer (demo mode). */
    public static final String SIMULATOR = "sim:";

    private static final System.Logger LOG = System.getLogger(PrinterSwitch.class.getName());

    private final DeviceBridge bridge;
    private static final Duration PATIENCE = Duration.ofSeconds(5);

    private Function<DeviceUri, PrinterOutput> opener;
    private PrinterOutput current;
    private PrinterFeed parkedFeed;
    private final List<PrinterOutput.Waiting> parked = new ArrayList<>();
    private String address = NONE;

    /**
     * @param bridge where the counter finds its printer
     * @param opener opens the printer at an address (paper width, simulators and timings are the app's)
     */
    public PrinterSwitch(DeviceBridge bridge, Function<DeviceUri, PrinterOutput> opener) {
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.opener = Objects.requireNonNull(opener, "opener");
    }

    /**
     * Prints from now on at {@code newAddress} ({@code none}: no printer); the same address keeps the open printer.
     *
     * @return the printer, or empty for none
     * @throws RuntimeException if the address is not valid (the previous printer is kept)
     */
    public synchronized Optional<PrinterOutput> use(String newAddress) {
        String wanted = newAddress == null || newAddress.isBlank() ? SIMULATOR : newAddress.strip();
        if (wanted.equalsIgnoreCase(address) && (current != null || wanted.equalsIgnoreCase(NONE))) {
            return Optional.ofNullable(current);
        }
        PrinterOutput opened = wanted.equalsIgnoreCase(NONE) ? null : opener.apply(DeviceUri.parse(wanted));
        swap(opened);
        address = wanted;
        return Optional.ofNullable(opened);
    }

    /**
     * Opens the printer in use again with {@code newOpener} (a new paper width), moving its waiting tickets.
     *
     * @throws RuntimeException if the printer cannot be opened (the previous one is kept)
     */
    public synchronized void reopenWith(Function<DeviceUri, PrinterOutput> newOpener) {
        Objects.requireNonNull(newOpener, "newOpener");
        PrinterOutput opened = address.equalsIgnoreCase(NONE) ? null : newOpener.apply(DeviceUri.parse(address));
        opener = newOpener;
        swap(opened);
    }

    /**
     * Puts {@code opened} in place of the printer in use: new tickets go to it at once, the screen that heard
     * about the old printer hears about the new one, and the old printer's waiting tickets (with those kept
     * while there was no printer) are printed on the new one (rendered for its paper) before the old one is
     * closed. With no new printer ({@code none}) the waiting tickets are kept until a printer is chosen again,
     * and the screen hears how many wait. Blocks while a ticket finishes sending.
     */
    private void swap(PrinterOutput opened) {
        PrinterOutput previous = current;
        current = opened;
        bridge.attachPrinter(opened);
        PrinterFeed feed = parkedFeed;
        List<PrinterOutput.Waiting> moved = new ArrayList<>(parked);
        parked.clear();
        if (previous != null) {
            feed = previous.feedTo(null);
            moved.addAll(previous.handOver(PATIENCE));
            previous.close();
        }
        if (opened != null) {
            parkedFeed = null;
            if (feed != null) {
                opened.feedTo(feed);
            }
            moved.forEach(ticket -> opened.print(ticket.title(), ticket.document()));
        } else {
            parkedFeed = feed;
            parked.addAll(moved);
            if (!moved.isEmpty()) {
                LOG.log(System.Logger.Level.INFO, moved.size() + " tickets wait for a printer to be chosen again");
            }
            tellNoPrinter(feed);
        }
    }

    /**
     * The screen that hears about the printer from now on: the printer in use, or, while there is none, how
     * many tickets wait for one; {@code null} when no screen does.
     *
     * @return the screen that heard about it until now
     */
    public synchronized PrinterFeed feedTo(PrinterFeed feed) {
        if (current != null) {
            return current.feedTo(feed);
        }
        PrinterFeed previous = parkedFeed;
        parkedFeed = feed;
        tellNoPrinter(feed);
        return previous;
    }

    private void tellNoPrinter(PrinterFeed feed) {
        int waiting = parked.size();
        if (feed != null) {
            bridge.onScreen(() -> feed.noPrinter(waiting));
        }
    }

    /** How many tickets wait for a printer to be chosen again (0 while a printer is in use). */
    public synchronized int waitingForAPrinter() {
        return parked.size();
    }

    /** The address in use ({@code none} when there is no printer). */
    public synchronized String address() {
        return address;
    }

    /** The virtual printer first, then the serial ports and the OS print queues this PC has. */
    public List<String> choices() {
        List<String> all = new ArrayList<>();
        all.add(SIMULATOR);
        SerialPorts.system().present().forEach(port -> all.add("serial:" + port.path()));
        try {
            PrintServices.names().forEach(name -> all.add("spooler:" + name));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "print queues could not be listed: " + e);
        }
        all.add(NONE);
        return all.stream().distinct().toList();
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.close();
            current = null;
        }
        if (!parked.isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, parked.size() + " tickets waiting for a printer were not printed "
                    + "before closing; they can be reprinted from Tickets");
            parked.clear();
        }
        address = NONE.toLowerCase(Locale.ROOT);
    }
}
