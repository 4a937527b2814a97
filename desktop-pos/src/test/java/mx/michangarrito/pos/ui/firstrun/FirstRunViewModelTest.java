package mx.michangarrito.pos.ui.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.receipt.TestTicket;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.device.PrinterSwitch;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.catalog.ScanResult;
import mx.michangarrito.pos.demo.DemoShop;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.tax.IvaRate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The first-run assistant on a brand-new terminal (no users). */
class FirstRunViewModelTest {

    @TempDir
    Path dir;
    private PosServices pos;
    private final List<Operator> done = new ArrayList<>();
    private FirstRunViewModel firstRun;

    @BeforeEach
    void setUp() {
        PosConfig d = PosConfig.defaults();
        pos = PosServices.open(dir, new PosConfig(d.terminalCode(), d.shopZone(), d.discountLimitPercent(),
                d.scaleLabels(), 4), Clock.systemUTC());
        firstRun = new FirstRunViewModel(pos.users, pos.settings, new DemoShop(pos.catalog, pos.customers), Texts.spanish(),
                new InlineTaskExecutor(), done::add);
    }

    @AfterEach
    void tearDown() {
        pos.close();
    }

    private void fill(String shop, String owner, String pin, String again) {
        firstRun.businessNameProperty().set(shop);
        firstRun.ownerNameProperty().set(owner);
        firstRun.pinProperty().set(pin);
        firstRun.pinAgainProperty().set(again);
    }

    @Test
    void createsTheOwnerSavesTheShopLoadsSamplesAndLogsIn() {
        fill("Abarrotes Lupita", "Lupita", "4321", "4321");
        firstRun.zoneProperty().set(TaxZone.BORDER);
        firstRun.finish();
        assertEquals(1, done.size());
        assertEquals(Role.OWNER, done.getFirst().role());
        assertFalse(pos.users.isFirstRun());
        assertEquals("Abarrotes Lupita", pos.settings.get(FirstRunViewModel.SHOP_NAME).orElseThrow());
        assertEquals("BORDER", pos.settings.get(TaxZone.SETTING).orElseThrow());
        ScanResult soap = pos.catalog.scan(DemoShop.barcode(11));
        assertEquals(IvaRate.IVA_8, soap.product().taxes().iva());
        assertEquals(2, pos.customers.listWithBalances().size());
    }

    @Test
    void withoutSamplesTheCatalogStaysEmpty() {
        fill("Papelería Sol", "Sol", "4321", "4321");
        firstRun.sampleCatalogProperty().set(false);
        firstRun.finish();
        assertEquals(1, done.size());
        assertTrue(pos.catalog.search("leche", 5).isEmpty());
        assertTrue(pos.customers.listWithBalances().isEmpty());
    }

    @Test
    void mismatchedPinsAndMissingNamesAreExplained() {
        fill("", "Lupita", "4321", "4321");
        firstRun.finish();
        assertEquals("Escribe el nombre del negocio (hasta 80 letras).", firstRun.messageProperty().get());
        fill("Abarrotes", "Lupita", "4321", "4322");
        firstRun.finish();
        assertEquals("Los dos PIN no coinciden. Escríbelos otra vez.", firstRun.messageProperty().get());
        fill("Abarrotes", "Lupita", "12", "12");
        firstRun.finish();
        assertEquals("El PIN debe tener de 4 a 6 dígitos, solo números.", firstRun.messageProperty().get());
        assertTrue(done.isEmpty());
        assertTrue(pos.users.isFirstRun());
    }

    @Test
    void theOptionalBusinessDataGoesToTheSettingsTheReceiptAndSettingsScreensRead() {
        fill("Abarrotes Lupita", "Lupita", "4321", "4321");
        firstRun.addressProperty().set("  Av. Juárez 12, Centro ");
        firstRun.rfcProperty().set("lupa-800101-ab1");
        firstRun.headerProperty().set("Abierto de 7 a 22");
        firstRun.footerProperty().set("Gracias por su compra");
        firstRun.finish();
        assertEquals(1, done.size());
        assertEquals("Av. Juárez 12, Centro", pos.settings.get(FirstRunViewModel.SHOP_ADDRESS).orElseThrow());
        assertEquals("LUPA800101AB1", pos.settings.get(FirstRunViewModel.SHOP_RFC).orElseThrow());
        assertEquals("Abierto de 7 a 22", pos.settings.get(FirstRunViewModel.TICKET_HEADER).orElseThrow());
        assertEquals("Gracias por su compra", pos.settings.get(FirstRunViewModel.TICKET_FOOTER).orElseThrow());
    }

    @Test
    void aWrongRfcIsExplainedAndNothingIsCreated() {
        fill("Abarrotes Lupita", "Lupita", "4321", "4321");
        firstRun.rfcProperty().set("LUPA801301AB1");
        firstRun.finish();
        assertTrue(firstRun.messageProperty().get().startsWith("El RFC no es válido."), firstRun.messageProperty().get());
        assertTrue(done.isEmpty());
        assertTrue(pos.users.isFirstRun());
        assertTrue(pos.settings.get(FirstRunViewModel.SHOP_NAME).isEmpty());
    }

    @Test
    void theDemoPrinterPrintsATestTicketShownAsAPictureAndTheChoiceIsSaved() throws Exception {
        DeviceBridge bridge = new DeviceBridge(Runnable::run, Texts.spanish().locale());
        try (Simulators simulators = new Simulators();
                PrinterSwitch printers = new PrinterSwitch(bridge, uri -> PrinterOutput.open(uri, 58, simulators,
                        Clock.systemUTC(), Duration.ofMillis(200), Duration.ofMillis(200), Runnable::run,
                        Texts.spanish().locale()))) {
            firstRun.offerPrinters(printers);
            FirstRunPrinter printer = firstRun.printer().orElseThrow();
            assertEquals(PrinterSwitch.SIMULATOR, printer.choices().getFirst());
            assertEquals(PrinterSwitch.NONE, printer.choices().getLast());

            printer.chosenProperty().set(PrinterSwitch.NONE);
            printer.testPrint();
            assertTrue(printer.messageProperty().get().contains("no hay nada que probar"));

            printer.chosenProperty().set(PrinterSwitch.SIMULATOR);
            printer.testPrint();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (printer.previewProperty().get() == null && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertNotNull(printer.previewProperty().get(), "the test ticket's picture");
            String printed = simulators.printer(SimUri.DEFAULT).receipts().getLast().text();
            assertTrue(printed.contains(TestTicket.SPANISH_LINE), printed);

            fill("Abarrotes Lupita", "Lupita", "4321", "4321");
            firstRun.finish();
            assertEquals("sim:", pos.settings.get(PrinterOutput.PRINTER_SETTING).orElseThrow());
            assertTrue(bridge.printer().isPresent(), "the counter prints on the chosen printer");
        }
    }

    @Test
    void theDemoKeyMakesADemoShopWithSamplesAndAKnownPinInOneStep() {
        firstRun.businessNameProperty().set("typed but not used");
        firstRun.startDemo();
        assertEquals(1, done.size());
        assertEquals("Usuario Demo", done.getFirst().displayName());
        assertEquals(Role.OWNER, done.getFirst().role());
        assertEquals("Tienda de demostración", pos.settings.get(FirstRunViewModel.SHOP_NAME).orElseThrow());
        assertEquals("GENERAL", pos.settings.get(TaxZone.SETTING).orElseThrow());
        assertTrue(FirstRunViewModel.isDemo(pos.settings));
        assertEquals(IvaRate.IVA_16, pos.catalog.scan(DemoShop.barcode(11)).product().taxes().iva());
        assertEquals(2, pos.customers.listWithBalances().size());
        assertEquals(done.getFirst().userId(),
                pos.users.login(done.getFirst().userId(), FirstRunViewModel.DEMO_PIN).userId(), "the PIN shown works");
        assertTrue(firstRun.demoNote().contains("Usuario Demo") && firstRun.demoNote().contains("PIN 1234"),
                firstRun.demoNote());
    }

    @Test
    void aShopMadeByHandIsNotADemo() {
        fill("Abarrotes Lupita", "Lupita", "4321", "4321");
        firstRun.finish();
        assertEquals(1, done.size());
        assertFalse(FirstRunViewModel.isDemo(pos.settings));
    }
}
