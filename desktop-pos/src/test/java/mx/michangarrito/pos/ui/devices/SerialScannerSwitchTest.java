package mx.michangarrito.pos.ui.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static mx.michangarrito.pos.testing.Eventually.waitUntil;

import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.scanner.ScannerFraming;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.simulator.ScannerSimulator;
import mx.michangarrito.hardware.testing.PtyPair;
import mx.michangarrito.hardware.transport.Link;
import mx.michangarrito.hardware.transport.Links;
import mx.michangarrito.pos.device.CardPayments;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.device.DisplayOutput;
import mx.michangarrito.pos.device.LiveDevices;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.device.ScanFeed;
import mx.michangarrito.pos.settings.Settings;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.sale.LineRow;
import mx.michangarrito.pos.ui.sale.SaleViewModel;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A serial scanner moved to another port from the devices section while the counter sells, with real bytes
 * on two socat pty pairs: the counter's live devices, the sale's cart and the devices view model, each
 * screen on one "screen thread" as in the app.
 */
class SerialScannerSwitchTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path dir;
    private final ExecutorService screen = Executors.newSingleThreadExecutor(r -> new Thread(r, "pantalla"));
    private final Simulators simulators = new Simulators();
    private TestTerminal terminal;
    private PtyPair first;
    private PtyPair second;
    private ScannerSimulator gunOnFirst;
    private ScannerSimulator gunOnSecond;
    private DeviceBridge devices;
    private LiveDevices live;
    private SaleViewModel sale;
    private DevicesViewModel model;

    @BeforeEach
    void open() throws Exception {
        terminal = new TestTerminal(dir.resolve("terminal"));
        terminal.product("Coca-Cola 600 ml", "7501055300846", 2_000, TaxRates.IVA_16);
        terminal.product("Pan dulce", "1234567", 1_050, TaxRates.IVA_0);
        terminal.product("Sabritas 45 g", "7501011115064", 1_800, TaxRates.IVA_16);
        terminal.product("Jabón Zote", "7501026005688", 2_400, TaxRates.IVA_16);
        first = PtyPair.start(Files.createDirectories(dir.resolve("uno")));
        second = PtyPair.start(Files.createDirectories(dir.resolve("dos")));
        gunOnFirst = gunOn(first);
        gunOnSecond = gunOn(second);
        Settings settings = terminal.services().settings;
        settings.put(LiveDevices.SCANNER_SETTING, "serial:" + first.a());
        settings.put(PrinterOutput.PRINTER_SETTING, "none");
        settings.put(DisplayOutput.DISPLAY_SETTING, "none");
        settings.put(CardPayments.TERMINAL_SETTING, "none");
        devices = new DeviceBridge(screen, Texts.spanish().locale());
        live = new LiveDevices(settings::get, devices, simulators, Clock.systemUTC(), screen,
                Texts.spanish().locale(), Duration.ofMillis(200), Duration.ofMillis(200));
        onScreen(() -> {
            sale = new SaleViewModel(terminal.catalog, terminal.sales, terminal.services().parked, terminal.users,
                    terminal.users.login(terminal.cashierId, TestTerminal.CASHIER_PIN), Texts.spanish());
            model = new DevicesViewModel(settings, devices, Texts.spanish(), new InlineTaskExecutor(),
                    terminal.services().shopZone(), Clock.systemUTC(), List::of);
            devices.scansTo(new ScanFeed() { // as the counter flow does for the sale screen
                @Override
                public void scanned(String code) {
                    sale.scan(code);
                }

                @Override
                public void problem(String text) {
                    sale.notice(text, true);
                }
            });
            return null;
        });
        live.startAll();
    }

    private static ScannerSimulator gunOn(PtyPair pair) throws Exception {
        return new ScannerSimulator(Links.open(DeviceUri.parse("serial:" + pair.b()), TIMEOUT), ScannerFraming.DEFAULT);
    }

    @AfterEach
    void close() throws Exception {
        live.close();
        gunOnFirst.close();
        gunOnSecond.close();
        first.close();
        second.close();
        simulators.close();
        devices.close();
        screen.shutdownNow();
        terminal.close();
    }

    private <T> T onScreen(Callable<T> work) throws Exception {
        return screen.submit(work).get();
    }

    private List<String> cart() throws Exception {
        return onScreen(() -> sale.lines().stream().map(LineRow::description).toList());
    }

    /** Moves the scanner to {@code address} as the owner does in the devices section, then goes back to the sale. */
    private void chooseScanner(String address) throws Exception {
        onScreen(() -> {
            model.load();
            model.row(DeviceSlot.SCANNER).chosenProperty().set(address);
            assertTrue(model.save(DeviceSlot.SCANNER), "the address is saved");
            return null;
        });
    }

    private String status() throws Exception {
        return onScreen(() -> model.row(DeviceSlot.SCANNER).statusProperty().get());
    }

    /** What {@code link} reads until {@code end} arrives (at most 2 s): bytes still buffered in the pty come first. */
    private static String readUntil(Link link, String end) throws Exception {
        StringBuilder text = new StringBuilder();
        InputStream in = link.input();
        byte[] buffer = new byte[64];
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!text.toString().endsWith(end) && System.nanoTime() < deadline) {
            try {
                int n = in.read(buffer);
                if (n > 0) {
                    text.append(new String(buffer, 0, n, StandardCharsets.US_ASCII));
                }
            } catch (InterruptedIOException nothingYet) {
                // read timeout: look at the deadline
            }
        }
        return text.toString();
    }

    @Test
    void theScannerMovedToAnotherPortScansIntoTheCartFromThereAndTheOldPortIsFreed() throws Exception {
        gunOnFirst.scan("7501055300846");
        waitUntil(() -> cart().equals(List.of("Coca-Cola 600 ml")));

        chooseScanner("serial:" + second.a());
        assertEquals("Escáner: guardado y en uso desde ahora.", onScreen(() -> model.messageProperty().get()));
        assertFalse(onScreen(() -> model.errorProperty().get()));
        gunOnSecond.scan("1234567"); // while the devices section is shown, the code shows on the scanner's row
        waitUntil(() -> status().equals("Último código: 1234567"));
        assertEquals(List.of("Coca-Cola 600 ml"), cart());
        onScreen(() -> {
            model.leave();
            return null;
        });

        gunOnFirst.scan("7501011115064"); // the old port: nobody reads it any more
        gunOnSecond.scan("7501026005688");
        waitUntil(() -> cart().size() == 2);
        assertEquals(List.of("Coca-Cola 600 ml", "Jabón Zote"), cart());

        try (Link reopened = Links.open(DeviceUri.parse("serial:" + first.a()), TIMEOUT)) {
            reopened.readTimeout(Duration.ofMillis(100));
            gunOnFirst.scan("1234567");
            assertTrue(readUntil(reopened, "1234567\r").endsWith("1234567\r"),
                    "the old port opens again and its bytes reach whoever opens it, not the old scanner");
        }
        Thread.sleep(300);
        assertEquals(List.of("Coca-Cola 600 ml", "Jabón Zote"), cart());
    }

    @Test
    void aPortThatDoesNotExistIsExplainedInSpanishAndTheCounterKeepsSellingByKeyboard() throws Exception {
        gunOnFirst.scan("7501055300846");
        waitUntil(() -> cart().size() == 1);

        chooseScanner("serial:" + dir.resolve("ttyUSB9"));
        assertTrue(onScreen(() -> model.errorProperty().get()));
        String message = onScreen(() -> model.messageProperty().get());
        assertTrue(message.startsWith("Escáner: la dirección se guardó, pero el escáner no abrió (No se pudo conectar"),
                message);
        assertTrue(message.contains("Mientras tanto sigue vendiendo: escribe el código o usa un lector USB de teclado."),
                message);
        assertEquals("serial:" + dir.resolve("ttyUSB9"), terminal.services().settings.get(LiveDevices.SCANNER_SETTING)
                .orElseThrow());
        onScreen(() -> {
            model.leave();
            return null;
        });

        gunOnFirst.scan("1234567"); // the scanner that was replaced is closed
        Thread.sleep(500);
        assertEquals(List.of("Coca-Cola 600 ml"), cart());
        assertTrue(onScreen(() -> sale.scan("7501026005688")), "a keyboard-wedge scan still sells");
        assertEquals(List.of("Coca-Cola 600 ml", "Jabón Zote"), cart());

        chooseScanner("serial:" + second.a()); // fixed: saved again, the scanner works at once
        assertFalse(onScreen(() -> model.errorProperty().get()));
        onScreen(() -> {
            model.leave();
            return null;
        });
        gunOnSecond.scan("7501011115064");
        waitUntil(() -> cart().size() == 3);
    }
}
