package mx.michangarrito.pos.ui.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static mx.michangarrito.pos.testing.Eventually.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.pos.device.CardPayments;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.device.LiveDevices;
import mx.michangarrito.pos.device.ScaleInput;
import mx.michangarrito.pos.settings.Settings;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.sale.PrinterViewModel;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.shared.text.UserMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the devices screen and the sale banner say about a scanner, scale or printer reads in the counter's
 * language, device words included. Before, the devices were called "escáner", "báscula", "impresora" and
 * those names went into every message: the English counter read 'The scanner "escáner" ...'.
 */
class DeviceWordsTest {

    /** Spanish device words (and two common Spanish phrases) an English message must never hold. */
    private static final Pattern SPANISH = Pattern.compile(
            "(?iu)(?<!\\p{L})(escáner|báscula|impresora|cajón|visor|no se pudo|revisa)(?!\\p{L})");

    @TempDir
    Path dir;
    TestTerminal terminal;
    final Simulators simulators = new Simulators();
    DeviceBridge devices;
    LiveDevices live;
    DevicesViewModel model;

    private void open(Locale locale) {
        Texts texts = new Texts(locale);
        terminal = new TestTerminal(dir);
        Settings settings = terminal.services().settings;
        settings.put(LiveDevices.SCANNER_SETTING, "none");
        settings.put(CardPayments.TERMINAL_SETTING, "none");
        settings.put(mx.michangarrito.pos.device.PrinterOutput.PRINTER_SETTING, "sim:caja");
        devices = new DeviceBridge(Runnable::run, locale);
        live = new LiveDevices(settings::get, devices, simulators, Clock.systemUTC(), Runnable::run, locale,
                Duration.ofMillis(200), Duration.ofMillis(200));
        live.startAll();
        model = new DevicesViewModel(settings, devices, texts, new InlineTaskExecutor(),
                terminal.services().shopZone(), Clock.systemUTC(), List::of);
        model.load();
    }

    @AfterEach
    void close() {
        if (model != null) {
            model.leave();
            live.close();
            devices.close();
            terminal.close();
        }
        simulators.close();
    }

    private String saveMissingPort(DeviceSlot slot) {
        model.row(slot).chosenProperty().set("serial:" + dir.resolve("ttyUSB9"));
        assertTrue(model.save(slot), "the address is saved");
        assertTrue(model.errorProperty().get());
        return model.messageProperty().get();
    }

    /** The scale connects when it weighs: saving its address works, the row's test reading tells the failure. */
    private String weighOnMissingPort() throws Exception {
        terminal.services().settings.put(ScaleInput.PROTOCOL_SETTING, "toledo");
        DeviceRow row = model.row(DeviceSlot.SCALE);
        row.chosenProperty().set("serial:" + dir.resolve("ttyUSB9"));
        assertTrue(model.save(DeviceSlot.SCALE), "the address is saved");
        model.test(DeviceSlot.SCALE);
        waitUntil(() -> row.problemProperty().get() && row.statusProperty().get().contains("ttyUSB9"));
        return row.statusProperty().get();
    }

    @Test
    void aScannerOrScaleThatDoesNotOpenIsNamedInEnglishOnTheEnglishCounter() throws Exception {
        open(Locale.ENGLISH);
        String port = "(serial:" + dir.resolve("ttyUSB9") + "?";

        String scanner = saveMissingPort(DeviceSlot.SCANNER);
        assertTrue(scanner.contains("Could not connect to the scanner " + port), scanner);
        assertFalse(SPANISH.matcher(scanner).find(), scanner);

        String scale = weighOnMissingPort();
        assertTrue(scale.contains("the scale " + port), scale);
        assertFalse(SPANISH.matcher(scale).find(), scale);
    }

    @Test
    void aScannerOrScaleThatDoesNotOpenIsNamedInSpanishOnTheSpanishCounter() throws Exception {
        open(UserMessage.ES_MX);
        String port = "(serial:" + dir.resolve("ttyUSB9") + "?";

        String scanner = saveMissingPort(DeviceSlot.SCANNER);
        assertTrue(scanner.contains("No se pudo conectar con el escáner " + port), scanner);

        String scale = weighOnMissingPort();
        assertTrue(scale.contains("la báscula " + port), scale);
    }

    @Test
    void aPrinterWithoutPaperIsToldInEnglishOnTheRowAndTheSaleBanner() throws Exception {
        open(Locale.ENGLISH);
        PrinterViewModel sale = saleBanner(new Texts(Locale.ENGLISH));
        VirtualPrinter paper = simulators.printer(new SimUri("caja"));

        paper.paperOut(true);
        String said = "The printer is out of paper. Load a new roll; waiting tickets will print by themselves.";
        waitUntil(() -> model.row(DeviceSlot.PRINTER).statusProperty().get().equals(said));
        model.leave();
        waitUntil(() -> sale.bannerProperty().get().contains(said));
        assertFalse(SPANISH.matcher(sale.bannerProperty().get()).find(), sale.bannerProperty().get());
    }

    @Test
    void aPrinterWithoutPaperIsToldInSpanishOnTheRowAndTheSaleBanner() throws Exception {
        open(UserMessage.ES_MX);
        PrinterViewModel sale = saleBanner(Texts.spanish());
        VirtualPrinter paper = simulators.printer(new SimUri("caja"));

        paper.paperOut(true);
        String said = "La impresora no tiene papel. Pon un rollo nuevo; los tickets pendientes se imprimirán solos.";
        waitUntil(() -> model.row(DeviceSlot.PRINTER).statusProperty().get().equals(said));
        model.leave();
        waitUntil(() -> sale.bannerProperty().get().contains(said));
        assertEquals(-1, sale.bannerProperty().get().indexOf('"'), "no quoted device name");
    }

    private PrinterViewModel saleBanner(Texts texts) {
        PrinterViewModel sale = new PrinterViewModel(java.util.Optional.empty(),
                terminal.users.login(terminal.cashierId, TestTerminal.CASHIER_PIN), texts,
                new InlineTaskExecutor(), () -> { }, (text, isError) -> { });
        model.leave(); // the sale screen hears the printer; the devices screen takes it while shown
        devices.printerFeedTo(sale);
        model.load();
        return sale;
    }
}
