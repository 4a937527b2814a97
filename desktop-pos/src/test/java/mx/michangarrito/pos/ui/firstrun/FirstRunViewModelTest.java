package mx.michangarrito.pos.ui.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import mx.michangarrito.pos.PosConfig;
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
}
