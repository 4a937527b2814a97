package mx.michangarrito.pos.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static mx.michangarrito.pos.testing.Eventually.waitUntil;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import mx.michangarrito.hardware.device.DrawerState;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.sim.PrintedReceipt;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.sim.VirtualDisplay;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.pos.receipt.TicketOutput;
import mx.michangarrito.shared.text.UserMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Devices changed while the counter runs: the new one takes over at once, waiting tickets move with it. */
class LiveDevicesTest {

    private final Map<String, String> settings = new ConcurrentHashMap<>();
    private final Simulators simulators = new Simulators();
    private final VirtualPrinter network = new VirtualPrinter();
    private DeviceBridge bridge;
    private LiveDevices live;

    @BeforeEach
    void open() {
        settings.put(LiveDevices.SCANNER_SETTING, "none");
        settings.put(PrinterOutput.PRINTER_SETTING, "sim:viejo");
        settings.put(PrinterOutput.PAPER_SETTING, "58");
        settings.put(DisplayOutput.DISPLAY_SETTING, "none");
        settings.put(ScaleInput.SCALE_SETTING, "none");
        settings.put(CardPayments.TERMINAL_SETTING, "none");
        bridge = new DeviceBridge(Runnable::run, UserMessage.ES_MX);
        live = new LiveDevices(key -> Optional.ofNullable(settings.get(key)), bridge, simulators, Clock.systemUTC(),
                Runnable::run, UserMessage.ES_MX, Duration.ofMillis(200), Duration.ofMillis(200));
    }

    @AfterEach
    void close() {
        live.close();
        network.close();
        simulators.close();
        bridge.close();
    }

    private static ReceiptDocument ticket(String folio) {
        return ReceiptDocument.builder().text(folio).columns("Refresco 600 ml", "$18.50").cut().build();
    }

    private static List<String> folios(VirtualPrinter printer) {
        return printer.receipts().stream().map(PrintedReceipt::lines).map(List::getFirst).toList();
    }

    /** A printer screen that writes what it hears into {@code heard}: "problem", "ready", "no printer N". */
    private static PrinterFeed writingInto(List<String> heard) {
        return new PrinterFeed() {
            @Override
            public void problem(String text) {
                heard.add("problem");
            }

            @Override
            public void ready() {
                heard.add("ready");
            }

            @Override
            public void printed(byte[] previewPng) {
            }

            @Override
            public void noPrinter(int waiting) {
                heard.add("no printer " + waiting);
            }
        };
    }

    @Test
    void theNextTicketGoesToTheNewPrinterAndATicketWaitingForTheOldOneMovesWithoutPrintingTwice() throws Exception {
        VirtualPrinter old = simulators.printer(new SimUri("viejo"));
        live.startAll();
        TicketOutput tickets = bridge.tickets();
        tickets.print("Venta A-1", ticket("Venta A-1"));
        waitUntil(() -> old.receipts().size() == 1);
        List<String> heard = new CopyOnWriteArrayList<>();
        bridge.printer().orElseThrow().feedTo(writingInto(heard));
        old.paperOut(true);
        tickets.print("Venta A-2", ticket("Venta A-2"));
        waitUntil(() -> heard.contains("problem"));

        int port = network.listen();
        settings.put(PrinterOutput.PRINTER_SETTING, "tcp://127.0.0.1:" + port);
        live.apply(PrinterOutput.PRINTER_SETTING);
        tickets.print("Venta A-3", ticket("Venta A-3"));

        waitUntil(() -> network.receipts().size() == 2);
        assertEquals(List.of("Venta A-2", "Venta A-3"), folios(network));
        old.paperOut(false);
        assertEquals(List.of("Venta A-1"), folios(old), "the old printer never got the moved ticket");
        heard.clear();
        network.paperOut(true);
        waitUntil(() -> heard.contains("problem")); // the screen that heard the old printer hears the new one
    }

    @Test
    void theDrawerSensorIsReadThroughThePrinterAndAKickOpensIt() throws Exception {
        VirtualPrinter old = simulators.printer(new SimUri("viejo"));
        live.startAll();
        PrinterOutput printer = bridge.printer().orElseThrow();
        List<DrawerState> states = new CopyOnWriteArrayList<>();
        printer.drawerState(states::add);
        waitUntil(() -> states.size() == 1);
        assertEquals(DrawerState.CLOSED, states.getFirst());
        printer.openDrawer();
        printer.drawerState(states::add);
        waitUntil(() -> states.size() == 2);
        assertEquals(DrawerState.OPEN, states.get(1));
        assertEquals(1, old.drawerKicks().size());
    }

    @Test
    void aScaleDisplayAndCardTerminalSwitchedOnWhileRunningAreUsedAtOnceAndOffAgain() throws Exception {
        live.startAll();
        assertTrue(bridge.scale().isEmpty());
        assertTrue(bridge.display().isEmpty());
        assertTrue(bridge.cardTerminal().isEmpty());

        settings.put(ScaleInput.SCALE_SETTING, "sim:bascula");
        live.apply(ScaleInput.SCALE_SETTING);
        ScaleInput first = bridge.scale().orElseThrow();
        List<String> read = new CopyOnWriteArrayList<>();
        first.read(new ScaleFeed() {
            @Override
            public void weighed(mx.michangarrito.hardware.device.WeightStatus status,
                    Optional<java.math.BigDecimal> kilograms) {
                read.add(status.name());
            }

            @Override
            public void problem(String text) {
                read.add("problem " + text);
            }
        });
        waitUntil(() -> !read.isEmpty());
        assertTrue(!read.getFirst().startsWith("problem"), read.toString());
        settings.put(ScaleInput.PROTOCOL_SETTING, "cas-pd2");
        live.apply(ScaleInput.PROTOCOL_SETTING);
        assertNotSame(first, bridge.scale().orElseThrow(), "a new protocol opens the scale again");

        settings.put(DisplayOutput.DISPLAY_SETTING, "sim:visor");
        live.apply(DisplayOutput.DISPLAY_SETTING);
        VirtualDisplay visor = simulators.display(new SimUri("visor"));
        bridge.display().orElseThrow().show("TOTAL", "$18.50");
        waitUntil(() -> visor.lines().toString().contains("TOTAL"));

        settings.put(CardPayments.TERMINAL_SETTING, "sim:terminal");
        live.apply(CardPayments.TERMINAL_SETTING);
        List<CardPayments.Check> checks = new CopyOnWriteArrayList<>();
        bridge.cardTerminal().orElseThrow().check(checks::add);
        waitUntil(() -> !checks.isEmpty());
        assertTrue(checks.getFirst().ok(), checks.toString());

        settings.put(ScaleInput.SCALE_SETTING, "none");
        settings.put(DisplayOutput.DISPLAY_SETTING, "none");
        live.apply(ScaleInput.SCALE_SETTING);
        live.apply(DisplayOutput.DISPLAY_SETTING);
        assertTrue(bridge.scale().isEmpty());
        assertTrue(bridge.display().isEmpty());
    }

    @Test
    void ticketsWaitingWhenThePrinterIsTurnedOffWaitForTheNextPrinterAndTheScreenHearsHowMany() throws Exception {
        VirtualPrinter old = simulators.printer(new SimUri("viejo"));
        live.startAll();
        List<String> heard = new CopyOnWriteArrayList<>();
        bridge.printerFeedTo(writingInto(heard));
        old.paperOut(true);
        bridge.tickets().print("Venta B-1", ticket("Venta B-1"));
        bridge.tickets().print("Venta B-2", ticket("Venta B-2"));
        waitUntil(() -> heard.contains("problem"));

        settings.put(PrinterOutput.PRINTER_SETTING, "none");
        live.apply(PrinterOutput.PRINTER_SETTING);
        assertTrue(bridge.printer().isEmpty());
        assertEquals(2, bridge.printers().orElseThrow().waitingForAPrinter());
        waitUntil(() -> heard.contains("no printer 2"));
        old.paperOut(false);
        Thread.sleep(500); // the old printer is closed: its paper coming back prints nothing
        assertEquals(List.of(), folios(old));

        int port = network.listen();
        settings.put(PrinterOutput.PRINTER_SETTING, "tcp://127.0.0.1:" + port);
        live.apply(PrinterOutput.PRINTER_SETTING);
        waitUntil(() -> network.receipts().size() == 2);
        assertEquals(List.of("Venta B-1", "Venta B-2"), folios(network));
        assertEquals(0, bridge.printers().orElseThrow().waitingForAPrinter());
        waitUntil(() -> heard.getLast().equals("ready")); // the same screen now hears the new printer
    }
}
