package mx.michangarrito.hardware.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.hardware.device.DeviceEvent;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.DrawerPolarity;
import mx.michangarrito.hardware.device.DrawerState;
import mx.michangarrito.hardware.device.PaperLevel;
import mx.michangarrito.hardware.device.PrinterStatus;
import mx.michangarrito.hardware.device.PrinterStatusChanged;
import mx.michangarrito.hardware.device.Reconnected;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.receipt.ReceiptProfile;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.hardware.testing.PtyPair;
import mx.michangarrito.hardware.transport.Link;
import mx.michangarrito.hardware.transport.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The printer driver end to end against the virtual printer, over TCP loopback and a socat pty pair. */
class EscPosPrinterTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);
    static final Duration TIMEOUT = Duration.ofSeconds(2);
    static final PrinterSettings SETTINGS = new PrinterSettings(ReceiptProfile.forPaper(58),
            DrawerPolarity.OPEN_WHEN_HIGH, Duration.ofMillis(500));
    private static final ReceiptDocument TICKET = ReceiptDocument.builder()
            .text("Abarrotes Doña Lupe").columns("Leche", "$26.00").ean13("4006381333931").cut().build();

    @TempDir
    Path dir;

    private final VirtualPrinter simulator = new VirtualPrinter();
    private final List<DeviceEvent> events = new ArrayList<>();
    private EscPosPrinter printer;

    @AfterEach
    void stop() {
        if (printer != null) {
            printer.close();
        }
        simulator.close();
    }

    private EscPosPrinter overTcp() throws IOException {
        printer = new EscPosPrinter("impresora", DeviceUri.parse("tcp://127.0.0.1:" + simulator.listen()), SETTINGS, CLOCK);
        printer.subscribe(events::add);
        printer.start(TIMEOUT);
        return printer;
    }

    @Test
    void aTicketSentOverTcpIsPrintedAndCut() throws Exception {
        overTcp().print(TICKET);

        assertTrue(simulator.awaitReceipts(1, TIMEOUT));
        assertEquals(List.of("Abarrotes Doña Lupe", "Leche" + " ".repeat(21) + "$26.00", ""), simulator.receipts().getFirst().lines());
        assertEquals(List.of("4006381333931"), simulator.receipts().getFirst().barcodes());
    }

    @Test
    void aTicketSentOverASerialPtyIsPrintedAndStatusIsAnswered() throws Exception {
        try (PtyPair pty = PtyPair.start(dir)) {
            Link deviceEnd = Links.open(DeviceUri.parse("serial:" + pty.b()), TIMEOUT);
            simulator.serve(deviceEnd);
            printer = new EscPosPrinter("impresora", DeviceUri.parse("serial:" + pty.a() + "?baud=9600"), SETTINGS, CLOCK);
            printer.start(TIMEOUT);
            simulator.paperNearEnd(true);

            Optional<PrinterStatus> status = printer.readStatus();
            printer.print(TICKET);

            assertEquals(PaperLevel.NEAR_END, status.orElseThrow().paper());
            assertTrue(simulator.awaitReceipts(1, TIMEOUT));
            assertEquals("Abarrotes Doña Lupe", simulator.receipts().getFirst().lines().getFirst());
            printer.close();
        }
    }

    @Test
    void theSimulatorOnAPtyOutlastsItsPortsReadTimeout() throws Exception {
        try (PtyPair pty = PtyPair.start(dir)) {
            simulator.serve(Links.open(DeviceUri.parse("serial:" + pty.b()), Duration.ofMillis(50)));
            printer = new EscPosPrinter("impresora", DeviceUri.parse("serial:" + pty.a()), SETTINGS, CLOCK);
            printer.start(TIMEOUT);
            printer.readStatus();

            Thread.sleep(200); // several of the simulator port's 50 ms read timeouts pass idle
            printer.print(TICKET);

            assertTrue(printer.readStatus().orElseThrow().online());
            assertTrue(simulator.awaitReceipts(1, TIMEOUT));
            printer.close();
        }
    }

    @Test
    void aUsbDeviceFileCarriesTicketsAndStatusLikeAnyLink() throws Exception {
        try (PtyPair pty = PtyPair.start(dir)) {
            simulator.serve(Links.open(DeviceUri.parse("serial:" + pty.b()), TIMEOUT));
            printer = new EscPosPrinter("impresora", DeviceUri.parse("file:" + pty.a()), SETTINGS, CLOCK);
            printer.start(TIMEOUT);

            assertTrue(printer.readStatus().orElseThrow().readyToPrint());
            printer.print(TICKET);

            assertTrue(simulator.awaitReceipts(1, TIMEOUT));
            printer.close();
        }
    }

    @Test
    void statusChangesAreReportedOnceEach() throws Exception {
        overTcp();

        printer.readStatus();
        printer.readStatus();
        simulator.coverOpen(true);
        PrinterStatus open = printer.readStatus().orElseThrow();

        assertFalse(open.online());
        assertTrue(open.coverOpen());
        List<PrinterStatusChanged> changes = events.stream()
                .filter(PrinterStatusChanged.class::isInstance).map(PrinterStatusChanged.class::cast).toList();
        assertEquals(2, changes.size());
        assertTrue(changes.get(1).status().coverOpen());
        assertEquals("printer.coverOpen", printer.checkHealth().detail().key());
    }

    @Test
    void healthNamesTheProblemInSpanish() throws Exception {
        overTcp();
        assertEquals(DeviceHealth.OK, printer.checkHealth().health());

        simulator.paperNearEnd(true);
        assertEquals(DeviceHealth.WARNING, printer.checkHealth().health());

        simulator.paperOut(true);
        var report = printer.checkHealth();
        assertEquals(DeviceHealth.FAILED, report.health());
        assertTrue(report.detail().spanish().contains("no tiene papel"), report.detail().spanish());
    }

    @Test
    void theDrawerStateFollowsTheSensorAndItsPolarity() throws Exception {
        overTcp();
        assertEquals(DrawerState.UNKNOWN, printer.drawerState());

        printer.readStatus();
        assertEquals(DrawerState.CLOSED, printer.drawerState());

        simulator.drawerOpen(true);
        printer.readStatus();
        assertEquals(DrawerState.OPEN, printer.drawerState());
    }

    @Test
    void aPrinterThatDoesNotAnswerFailsWithinTheTimeoutWithAClearMessage() throws Exception {
        overTcp();
        simulator.silent(true);

        DeviceException silent = assertThrows(DeviceException.class, printer::readStatus);

        assertEquals("printer.noAnswer", silent.userMessage().key());
        assertTrue(silent.getMessage().contains("no respondió en 0.5 s"), silent.getMessage());
        assertEquals(DeviceHealth.FAILED, printer.checkHealth().health());
    }

    @Test
    void aDeviceThatAnswersGarbageIsNotTakenForAPrinter() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread.ofPlatform().daemon().start(() -> {
                try (Socket client = server.accept()) {
                    client.getInputStream().readNBytes(3);
                    client.getOutputStream().write(0xFF);
                    client.getInputStream().readAllBytes();
                } catch (IOException ignored) {
                    // the test is over
                }
            });
            printer = new EscPosPrinter("impresora", DeviceUri.parse("tcp://127.0.0.1:" + server.getLocalPort()), SETTINGS, CLOCK);
            printer.start(TIMEOUT);

            DeviceException garbage = assertThrows(DeviceException.class, printer::readStatus);

            assertEquals("printer.badAnswer", garbage.userMessage().key());
        }
    }

    @Test
    void anUnreachablePrinterFailsToStartWithTheLifecycleMessage() throws IOException {
        int port;
        try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = closed.getLocalPort();
        }
        printer = new EscPosPrinter("impresora", DeviceUri.parse("tcp://127.0.0.1:" + port), SETTINGS, CLOCK);

        DeviceException refused = assertThrows(DeviceException.class, () -> printer.start(TIMEOUT));

        assertEquals("device.claimFailed", refused.userMessage().key());
    }

    @Test
    void aLostConnectionIsReportedAndTheNextSendReconnects() throws Exception {
        overTcp();
        simulator.dropConnectionAfter(0);

        assertThrows(DeviceException.class, () -> {
            printer.send(new byte[] {0x1B, 0x40});
            printer.readStatus();
        });
        printer.print(TICKET);

        assertTrue(simulator.awaitReceipts(1, TIMEOUT));
        assertEquals(1, events.stream().filter(Disconnected.class::isInstance).count());
        assertEquals(1, events.stream().filter(Reconnected.class::isInstance).count());
    }

    @Test
    void theSpoolerIsWriteOnlyAndAMissingQueueIsNamed() {
        printer = new EscPosPrinter("impresora", DeviceUri.parse("spooler:No Existe 123"), SETTINGS, CLOCK);

        DeviceException missing = assertThrows(DeviceException.class, () -> printer.start(TIMEOUT));

        assertEquals("printer.notFound", missing.userMessage().key());
        assertTrue(missing.getMessage().contains("spooler:No Existe 123"), missing.getMessage());
    }

    @Test
    void sendingBeforeClaimingIsRefused() throws IOException {
        printer = new EscPosPrinter("impresora", DeviceUri.parse("tcp://127.0.0.1:" + simulator.listen()), SETTINGS, CLOCK);

        DeviceException refused = assertThrows(DeviceException.class, () -> printer.print(TICKET));

        assertEquals("device.notClaimed", refused.userMessage().key());
    }
}
