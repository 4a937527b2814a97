package mx.michangarrito.hardware.output;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.FileUri;
import mx.michangarrito.hardware.device.SerialUri;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.device.SpoolerUri;
import mx.michangarrito.hardware.device.TcpUri;
import mx.michangarrito.hardware.display.CustomerDisplay;
import mx.michangarrito.hardware.display.DisplayCommandSet;
import mx.michangarrito.hardware.display.PoleDisplay;
import mx.michangarrito.hardware.drawer.CashDrawer;
import mx.michangarrito.hardware.drawer.PrinterCashDrawer;
import mx.michangarrito.hardware.printer.EscPosPrinter;
import mx.michangarrito.hardware.printer.LinkOpener;
import mx.michangarrito.hardware.printer.PrinterSettings;
import mx.michangarrito.hardware.printer.ReceiptPrinter;
import mx.michangarrito.hardware.receipt.CodeTable;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.transport.Links;

/**
 * Builds the output devices a counter's settings name, by address: a real printer or display for
 * {@code tcp:}, {@code serial:}, {@code file:} (and {@code spooler:} for printers), the in-process
 * simulator for {@code sim:}. The devices come back closed; start them (or give a printer to a
 * {@link mx.michangarrito.hardware.printer.PrintQueue}, which starts it).
 */
public final class OutputDevices {

    private final Simulators simulators;
    private final Clock clock;

    /**
     * @param simulators where {@code sim:} devices live (demo mode reads the virtual printer there)
     * @param clock      time source for events
     */
    public OutputDevices(Simulators simulators, Clock clock) {
        this.simulators = Objects.requireNonNull(simulators, "simulators");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A receipt printer.
     *
     * @param name     its configured name, e.g. {@code "printer"}
     * @param uri      its address
     * @param settings paper, code table, cutter, drawer
     * @return the printer, closed
     */
    public ReceiptPrinter printer(String name, DeviceUri uri, PrinterSettings settings) {
        if (uri instanceof SimUri sim) {
            LinkOpener loopback = timeout -> Links.open(new TcpUri("127.0.0.1", simulators.printerPort(sim)), timeout);
            return new EscPosPrinter(name, uri, settings, loopback, clock);
        }
        return new EscPosPrinter(name, uri, settings, clock);
    }

    /**
     * The cash drawer plugged into a printer.
     *
     * @param printer the printer
     * @return the drawer
     */
    public CashDrawer drawer(ReceiptPrinter printer) {
        return new PrinterCashDrawer(printer);
    }

    /**
     * A 2×20 customer display.
     *
     * @param name     its configured name, e.g. {@code "display"}
     * @param uri      its address: serial (usual), tcp, file or sim
     * @param commands its command set
     * @param table    its character table (CP437 on most)
     * @param locale   the customer's language, for the labels
     * @return the display, closed
     * @throws IllegalArgumentException for a {@code spooler:} address
     */
    public CustomerDisplay display(String name, DeviceUri uri, DisplayCommandSet commands, CodeTable table, Locale locale) {
        LinkOpener opener = switch (uri) {
            case SimUri sim -> timeout -> Links.open(new TcpUri("127.0.0.1", simulators.displayPort(sim)), timeout);
            case TcpUri tcp -> timeout -> Links.open(tcp, timeout);
            case SerialUri serial -> timeout -> Links.open(serial, timeout);
            case FileUri file -> timeout -> Links.open(file, timeout);
            case SpoolerUri spooler -> throw new IllegalArgumentException(spooler + " is a print queue, not a display");
        };
        return new PoleDisplay(name, uri, commands, table, locale, opener, Duration.ofSeconds(2), clock);
    }
}
