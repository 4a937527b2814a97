package mx.michangarrito.pos.testing;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.receipt.ReceiptBuilder;
import mx.michangarrito.pos.receipt.ReceiptSettings;
import mx.michangarrito.pos.receipt.TicketService;
import mx.michangarrito.pos.ui.Texts;

/** A virtual 80-column receipt printer ({@link #paper}) behind the app's own {@link PrinterOutput}. */
public final class TestPrinter implements AutoCloseable {

    private final Simulators simulators = new Simulators();
    public final VirtualPrinter paper;
    public final PrinterOutput output;

    TestPrinter(String name) throws IOException {
        SimUri uri = new SimUri(name);
        paper = simulators.printer(uri);
        output = PrinterOutput.open(uri, 80, simulators, Clock.systemUTC(), Duration.ofMillis(200),
                Duration.ofSeconds(30), Runnable::run, Texts.spanish().locale());
    }

    /** Tickets of {@code terminal} printed here, in Spanish, for the shop "Mi tiendita". */
    public TicketService tickets(TestTerminal terminal) {
        return new TicketService(
                () -> ReceiptSettings.load(terminal.services().settings, terminal.services().shopZone(), "Mi tiendita"),
                terminal.fiado, terminal.customers, new ReceiptBuilder(Texts.spanish().locale()), output);
    }

    @Override
    public void close() {
        output.close();
        simulators.close();
    }
}
