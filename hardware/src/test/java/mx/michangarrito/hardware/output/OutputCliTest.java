package mx.michangarrito.hardware.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import mx.michangarrito.hardware.receipt.TestTicket;
import mx.michangarrito.hardware.sim.PrintedReceipt;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.hardware.testing.FakeSpoolerQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line against the virtual printer on TCP loopback. */
class OutputCliTest {

    private final VirtualPrinter simulator = new VirtualPrinter();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final OutputCli cli = new OutputCli(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void stop() {
        simulator.close();
    }

    private String address() throws IOException {
        return "tcp://127.0.0.1:" + simulator.listen();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void printerStatusPrintsOneLineAndExitsZero() throws IOException {
        assertEquals(0, cli.run("printer-status", List.of(address())));

        assertEquals("online=true cover=closed paper=ok drawer=closed" + System.lineSeparator(), out());
    }

    @Test
    void printerStatusReportsPaperOutAndAnOpenDrawer() throws IOException {
        simulator.paperOut(true);
        simulator.drawerOpen(true);

        assertEquals(0, cli.run("printer-status", List.of(address())));

        assertEquals("online=false cover=closed paper=out drawer=open", out().strip());
    }

    @Test
    void anUnreachablePrinterExitsTwoWithAClearMessage() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }

        assertEquals(2, cli.run("printer-status", List.of("tcp://127.0.0.1:" + port)));

        assertTrue(err().startsWith("No se pudo conectar con la impresora (tcp://127.0.0.1:" + port + ")"), err());
    }

    @Test
    void aSilentPrinterExitsTwoNamingTheTimeout() throws IOException {
        simulator.silent(true);

        assertEquals(2, cli.run("printer-status", List.of(address())));

        assertTrue(err().contains("no respondió en 1 s"), err());
    }

    @Test
    void aBadAddressIsExplainedInSpanish() {
        assertEquals(2, cli.run("printer-status", List.of("tcp://")));

        assertTrue(err().contains("Falta el equipo"), err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"cp858", "wpc1252", "cp850"})
    void printTestPrintsTheSpanishLineCodesAndCutInTheChosenTable(String codepage) throws Exception {
        assertEquals(0, cli.run("print-test", List.of(address(), "--width", "58", "--codepage", codepage)));

        PrintedReceipt page = simulator.receipts().getFirst();
        assertTrue(page.lines().contains(TestTicket.SPANISH_LINE), page.lines().toString());
        assertEquals(List.of(TestTicket.EAN13), page.barcodes());
        assertEquals(List.of(TestTicket.QR), page.qrCodes());
        assertTrue(page.cut());
        assertTrue(out().contains("recibió el ticket de prueba"), out());
    }

    @Test
    void printTestInCp437ShowsTheCapitalAccentsItLacksAsPlainLetters() throws Exception {
        assertEquals(0, cli.run("print-test", List.of(address(), "--codepage", "cp437")));

        assertTrue(simulator.receipts().getFirst().lines().contains("ñÑ áéíóú AÉIOU ¿¡ $1,234.50"),
                simulator.receipts().getFirst().lines().toString());
    }

    @Test
    void printTestCanTakeACloneOutOfChineseMode() throws Exception {
        simulator.chineseModeAtPowerOn();

        assertEquals(0, cli.run("print-test", List.of(address(), "--chinese-mode", "off")));

        assertTrue(simulator.receipts().getFirst().lines().contains(TestTicket.SPANISH_LINE));
    }

    @Test
    void printTestExitsOneWhenThePrinterCannotPrint() throws IOException {
        simulator.coverOpen(true);

        assertEquals(1, cli.run("print-test", List.of(address())));

        assertTrue(err().contains("tapa abierta"), err());
        assertEquals(0, simulator.heldCommands());
    }

    @Test
    void printTestOnTheSimulatorShowsWhatItPrinted() {
        assertEquals(0, cli.run("print-test", List.of("sim:")));

        assertTrue(out().contains("  | " + TestTicket.SPANISH_LINE), out());
        assertTrue(out().contains("  | [EAN-13 " + TestTicket.EAN13 + "]"), out());
        assertTrue(out().contains("  | [QR " + TestTicket.QR + "]"), out());
    }

    @Test
    void openDrawerPulsesIt() throws Exception {
        assertEquals(0, cli.run("open-drawer", List.of(address())));

        assertTrue(simulator.awaitDrawerKicks(1, java.time.Duration.ofSeconds(2)));
        assertTrue(out().contains("pulso"), out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--width 70", "--codepage cp1234", "--colour red", "--width", "--chinese-mode maybe"})
    void badOptionsExitTwoWithTheUsage(String options) throws IOException {
        List<String> args = new java.util.ArrayList<>(List.of(address()));
        args.addAll(List.of(options.split(" ")));

        assertEquals(2, cli.run("print-test", args));

        assertTrue(err().contains("Uso:"), err());
    }

    @Test
    void devicesListsSerialPortsAndSystemPrintersAsAddresses() {
        String queue = "Tickets " + java.util.UUID.randomUUID();
        FakeSpoolerQueue.register(queue, simulator);

        assertEquals(0, cli.run("devices", List.of()));

        assertTrue(out().contains("Puertos serie:"), out());
        assertTrue(out().contains("Impresoras del sistema"), out());
        assertTrue(out().contains("  spooler:" + queue + System.lineSeparator()), out());
    }

    @Test
    void printTestThroughTheSpoolerCountsAsAcceptedOnceTheSpoolerTookIt() {
        String queue = "Tickets " + java.util.UUID.randomUUID();
        FakeSpoolerQueue.register(queue, simulator);

        assertEquals(0, cli.run("print-test", List.of("spooler:" + queue)));

        assertTrue(simulator.receipts().getFirst().lines().contains(TestTicket.SPANISH_LINE));
    }

    @Test
    void printerStatusThroughTheSpoolerSaysItCannotBeKnown() {
        String queue = "Tickets " + java.util.UUID.randomUUID();
        FakeSpoolerQueue.register(queue, simulator);

        assertEquals(2, cli.run("printer-status", List.of("spooler:" + queue)));

        assertTrue(err().contains("no se puede saber"), err());
    }
}
