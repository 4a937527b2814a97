package mx.michangarrito.pos.ui.devices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static mx.michangarrito.pos.testing.Eventually.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.sim.PrintedReceipt;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.pos.device.CardPayments;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.device.LiveDevices;
import mx.michangarrito.pos.device.ScaleInput;
import mx.michangarrito.pos.settings.Settings;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.sale.PrinterViewModel;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving a device in the devices section opens it at once, with the counter's real live devices. */
class DevicesLiveTest {

    @TempDir
    Path dir;
    TestTerminal terminal;
    final Simulators simulators = new Simulators();
    final VirtualPrinter network = new VirtualPrinter();
    DeviceBridge devices;
    LiveDevices live;
    DevicesViewModel model;

    @BeforeEach
    void open() {
        terminal = new TestTerminal(dir);
        Settings settings = terminal.services().settings;
        settings.put(LiveDevices.SCANNER_SETTING, "none");
        settings.put(CardPayments.TERMINAL_SETTING, "none");
        devices = new DeviceBridge(Runnable::run, Texts.spanish().locale());
        live = new LiveDevices(settings::get, devices, simulators, Clock.systemUTC(), Runnable::run,
                Texts.spanish().locale(), Duration.ofMillis(200), Duration.ofMillis(200));
        live.startAll();
        model = new DevicesViewModel(settings, devices, Texts.spanish(), new InlineTaskExecutor(),
                terminal.services().shopZone(), Clock.systemUTC(), List::of);
        model.load();
    }

    @AfterEach
    void close() {
        model.leave();
        live.close();
        network.close();
        simulators.close();
        devices.close();
        terminal.close();
    }

    @Test
    void savingANetworkPrinterSendsTheNextTicketToItAndItsStatusShowsOnTheRow() throws Exception {
        model.row(DeviceSlot.PRINTER).chosenProperty().set("tcp://127.0.0.1:" + network.listen());
        assertTrue(model.save(DeviceSlot.PRINTER));
        assertEquals("Impresora de tickets: guardado y en uso desde ahora.", model.messageProperty().get());

        devices.tickets().print("Venta A-1", ReceiptDocument.builder().text("Venta A-1").cut().build());
        waitUntil(() -> network.receipts().size() == 1);
        assertEquals("Venta A-1", network.receipts().getFirst().lines().getFirst());
        waitUntil(() -> model.row(DeviceSlot.DRAWER).statusProperty().get().equals("Cajón cerrado"));
        network.paperOut(true);
        waitUntil(() -> model.row(DeviceSlot.PRINTER).problemProperty().get());
    }

    @Test
    void theCardTerminalRowChecksTheLinkWithoutChargingAndABadScaleProtocolIsExplained() throws Exception {
        model.row(DeviceSlot.CARD_TERMINAL).chosenProperty().set("sim:");
        assertTrue(model.save(DeviceSlot.CARD_TERMINAL));
        assertTrue(model.testable(DeviceSlot.CARD_TERMINAL));
        model.test(DeviceSlot.CARD_TERMINAL);
        waitUntil(() -> model.row(DeviceSlot.CARD_TERMINAL).statusProperty().get().startsWith("Conectada"));
        assertEquals(false, model.row(DeviceSlot.CARD_TERMINAL).problemProperty().get());

        terminal.services().settings.put(ScaleInput.PROTOCOL_SETTING, "balanza-rara");
        model.row(DeviceSlot.SCALE).chosenProperty().set("sim:");
        assertTrue(model.save(DeviceSlot.SCALE), "the address is saved");
        assertTrue(model.errorProperty().get());
        assertEquals("Báscula: la dirección se guardó, pero el dispositivo no abrió. Revisa que esté conectado y"
                + " encendido y que la dirección sea la suya, y guarda de nuevo.", model.messageProperty().get(),
                "the driver's technical (English) text is not shown");
        assertTrue(devices.scale().isEmpty());

        terminal.services().settings.put(ScaleInput.PROTOCOL_SETTING, "toledo");
        assertTrue(model.save(DeviceSlot.SCALE));
        assertTrue(devices.scale().isPresent(), "the scale is used at once");
        waitUntil(() -> model.row(DeviceSlot.SCALE).statusProperty().get().contains("kg"));
    }

    @Test
    void choosingNoPrinterKeepsTheWaitingTicketTellsTheCashierAndTheNextPrinterPrintsIt() throws Exception {
        model.leave();
        PrinterViewModel sale = new PrinterViewModel(java.util.Optional.empty(),
                terminal.users.login(terminal.cashierId, TestTerminal.CASHIER_PIN), Texts.spanish(),
                new InlineTaskExecutor(), () -> { }, (text, isError) -> { });
        devices.printerFeedTo(sale);
        model.load();
        model.row(DeviceSlot.PRINTER).chosenProperty().set("sim:tienda");
        assertTrue(model.save(DeviceSlot.PRINTER));
        VirtualPrinter shop = simulators.printer(new SimUri("tienda"));
        shop.paperOut(true);
        devices.tickets().print("Venta C-1", ReceiptDocument.builder().text("Venta C-1").cut().build());
        waitUntil(() -> model.row(DeviceSlot.PRINTER).problemProperty().get() && !sale.bannerProperty().get().isEmpty());

        model.row(DeviceSlot.PRINTER).chosenProperty().set("none");
        assertTrue(model.save(DeviceSlot.PRINTER));
        assertEquals("Impresora de tickets: guardado y en uso desde ahora.", model.messageProperty().get());
        String waiting = "1 ticket espera impresora: no hay ninguna elegida. Elige una en F11 Administración → "
                + "Dispositivos y se imprimirán en ella; si cierras el programa antes, reimprímelos desde Tickets.";
        waitUntil(() -> model.row(DeviceSlot.PRINTER).statusProperty().get().equals(waiting));
        assertTrue(model.row(DeviceSlot.PRINTER).problemProperty().get());
        model.leave();
        waitUntil(() -> sale.bannerProperty().get().equals(waiting));
        model.load(); // the owner comes back to the screen: the row still says it
        waitUntil(() -> model.row(DeviceSlot.PRINTER).statusProperty().get().equals(waiting));
        shop.paperOut(false);
        assertTrue(shop.receipts().isEmpty(), "the printer turned off no longer prints");

        model.row(DeviceSlot.PRINTER).chosenProperty().set("tcp://127.0.0.1:" + network.listen());
        assertTrue(model.save(DeviceSlot.PRINTER));
        waitUntil(() -> network.receipts().size() == 1);
        assertEquals("Venta C-1", network.receipts().getFirst().lines().getFirst());
        waitUntil(() -> model.row(DeviceSlot.PRINTER).statusProperty().get().equals("Lista para imprimir"));
        model.leave();
        waitUntil(() -> sale.bannerProperty().get().isEmpty());
        network.paperOut(true);
        waitUntil(() -> !sale.bannerProperty().get().isEmpty()); // the sale screen hears the new printer
    }
}
