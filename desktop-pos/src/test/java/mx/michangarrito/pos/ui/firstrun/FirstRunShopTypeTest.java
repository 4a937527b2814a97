package mx.michangarrito.pos.ui.firstrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.catalog.Category;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductFilter;
import mx.michangarrito.pos.catalog.ProductRow;
import mx.michangarrito.pos.catalog.QuickKeyGroup;
import mx.michangarrito.pos.demo.DemoShop;
import mx.michangarrito.pos.demo.FarmaciaCatalog;
import mx.michangarrito.pos.demo.PapeleriaCatalog;
import mx.michangarrito.pos.demo.ShopType;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.barcode.Gtin;
import mx.michangarrito.shared.barcode.Symbology;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The business type on the first run decides which starter catalog the sample-catalog option loads. */
class FirstRunShopTypeTest {

    @TempDir
    Path dir;
    private final List<PosServices> opened = new ArrayList<>();

    @AfterEach
    void tearDown() {
        opened.forEach(PosServices::close);
    }

    /** A brand-new terminal through the first run as {@code type} in {@code zone}, with the sample catalog. */
    private PosServices shopOf(ShopType type, TaxZone zone) throws Exception {
        PosConfig d = PosConfig.defaults();
        PosServices pos = PosServices.open(Files.createTempDirectory(dir, type.name()), new PosConfig(d.terminalCode(),
                d.shopZone(), d.discountLimitPercent(), d.scaleLabels(), 4), Clock.systemUTC());
        opened.add(pos);
        List<Operator> done = new ArrayList<>();
        FirstRunViewModel firstRun = new FirstRunViewModel(pos.users, pos.settings,
                new DemoShop(pos.catalog, pos.customers), Texts.spanish(), new InlineTaskExecutor(), done::add);
        firstRun.businessNameProperty().set("Negocio " + type);
        firstRun.shopTypeProperty().set(type);
        firstRun.zoneProperty().set(zone);
        firstRun.ownerNameProperty().set("Dueña");
        firstRun.pinProperty().set("4321");
        firstRun.pinAgainProperty().set("4321");
        firstRun.finish();
        assertEquals(1, done.size(), firstRun.messageProperty().get());
        assertEquals(type.name(), pos.settings.get(ShopType.SETTING).orElseThrow());
        return pos;
    }

    private static List<Product> products(PosServices pos) {
        List<ProductRow> rows = pos.catalog.list(ProductFilter.ALL_ACTIVE, 1_000);
        return rows.stream().map(row -> pos.catalog.find(row.id()).orElseThrow()).toList();
    }

    private static Map<String, Product> byName(PosServices pos) {
        Map<String, Product> byName = new HashMap<>();
        products(pos).forEach(p -> byName.put(p.name(), p));
        return byName;
    }

    private static List<String> quickKeyNames(PosServices pos) {
        return pos.catalog.quickKeys().groups().stream().flatMap(g -> g.items().stream())
                .map(QuickKeyGroup.Item::name).toList();
    }

    private static String categoryOf(PosServices pos, Product product) {
        UUID id = product.categoryId().orElseThrow();
        return pos.catalog.categories().stream().filter(c -> c.id().equals(id)).map(Category::name).findFirst()
                .orElseThrow();
    }

    @Test
    void eachTypeLoadsItsOwnCatalogOnly() throws Exception {
        PosServices abarrotes = shopOf(ShopType.ABARROTES, TaxZone.GENERAL);
        PosServices papeleria = shopOf(ShopType.PAPELERIA, TaxZone.GENERAL);
        PosServices farmacia = shopOf(ShopType.FARMACIA, TaxZone.GENERAL);

        assertEquals("Coca-Cola 600 ml", abarrotes.catalog.scan(DemoShop.barcode(1)).product().name());
        assertEquals(2, abarrotes.customers.listWithBalances().size());

        Map<String, Product> stationery = byName(papeleria);
        assertEquals(40, stationery.size());
        assertTrue(stationery.containsKey("Cuaderno profesional raya 100 hojas"));
        assertFalse(stationery.containsKey("Coca-Cola 600 ml"));
        assertFalse(stationery.containsKey("Paracetamol 500 mg 10 tabletas"));
        assertEquals("Engrapadora estándar",
                papeleria.catalog.scan(PapeleriaCatalog.CATALOG.barcodeOf("Engrapadora estándar").orElseThrow())
                        .product().name());
        assertTrue(papeleria.customers.listWithBalances().isEmpty(), "no made-up fiado customers in a real shop");

        Map<String, Product> pharmacy = byName(farmacia);
        assertEquals(40, pharmacy.size());
        assertTrue(pharmacy.containsKey("Paracetamol 500 mg 10 tabletas"));
        assertFalse(pharmacy.containsKey("Coca-Cola 600 ml"));
        assertFalse(pharmacy.containsKey("Copia blanco y negro"));
        assertEquals(26_900, pharmacy.get("Pañales etapa 3, 40 piezas").price().centavos(), "diapers at $269.00");
        assertEquals("Medicamentos", categoryOf(farmacia, pharmacy.get("Omeprazol 20 mg 14 cápsulas")));
        assertTrue(farmacia.customers.listWithBalances().isEmpty());
    }

    @Test
    void theBarcodesAreValidEan13sOfOurOwnAndUniqueAcrossAllCatalogs() throws Exception {
        Set<String> seen = new HashSet<>();
        int scanned = 0;
        for (ShopType type : ShopType.values()) {
            PosServices pos = shopOf(type, TaxZone.GENERAL);
            for (Product product : products(pos)) {
                for (String stored : pos.catalog.barcodes(product.id())) { // kept as GTIN-14
                    assertTrue(stored.startsWith("0750"), "an EAN-13 with Mexico's prefix: " + stored);
                    String code = stored.substring(1);
                    assertEquals(Symbology.EAN_13, Gtin.parse(code).kind(), type + " " + product.name() + " " + code);
                    assertTrue(seen.add(code), "used twice across the catalogs: " + code);
                    assertEquals(product.id(), pos.catalog.scan(code).product().id(), code);
                    scanned++;
                }
            }
        }
        assertEquals(20 + 28 + 35, scanned, "abarrotes 20, papelería 28, farmacia 35 barcoded products");
        assertEquals("7500002000013", PapeleriaCatalog.CATALOG.barcode(1), "as README says");
        assertEquals("7500003000012", FarmaciaCatalog.CATALOG.barcode(1), "as README says");
    }

    @Test
    void stationeryCarriesTheZonesIvaAndNoIeps() throws Exception {
        for (TaxZone zone : TaxZone.values()) {
            PosServices pos = shopOf(ShopType.PAPELERIA, zone);
            for (Product product : products(pos)) {
                assertEquals(zone.standardRate(), product.taxes(), zone + " " + product.name());
            }
        }
    }

    @Test
    void medicinesAreAtZeroIvaAndPersonalCareAtTheStandardOne() throws Exception {
        PosServices pos = shopOf(ShopType.FARMACIA, TaxZone.BORDER);
        Map<String, Product> products = byName(pos);
        for (Product product : products.values()) {
            if (categoryOf(pos, product).equals("Medicamentos")) {
                assertEquals(TaxRates.IVA_0, product.taxes(), "a patent medicine: " + product.name());
            }
        }
        assertEquals(TaxRates.IVA_0, products.get("Amoxicilina 500 mg 12 cápsulas (con receta)").taxes());
        assertEquals(TaxRates.IVA_0, products.get("Fórmula infantil etapa 1 400 g").taxes(), "food");
        assertEquals(TaxRates.IVA_0, products.get("Toallas femeninas 10 piezas").taxes(), "0 % since 2022");
        assertEquals(TaxRates.IVA_8, products.get("Shampoo 400 ml").taxes(), "personal care, border zone");
        assertEquals(TaxRates.IVA_8, products.get("Pañales etapa 3, 40 piezas").taxes());
        assertEquals(TaxRates.IVA_8, products.get("Curitas 20 piezas").taxes());
        assertEquals(TaxRates.IVA_8, products.get("Aplicación de inyección").taxes(), "a service");
        assertEquals(TaxRates.of(IvaRate.IVA_8, IepsRate.ofPercent("8")),
                products.get("Caramelos para la garganta 25 g").taxes(), "candy: IEPS on high-calorie food");
        long withIeps = products.values().stream().filter(p -> p.taxes().ieps().isPresent()).count();
        assertEquals(1, withIeps, "IEPS only on the candy");
    }

    @Test
    void theLooseGoodsAndServicesAreOnTheQuickKeys() throws Exception {
        PosServices papeleria = shopOf(ShopType.PAPELERIA, TaxZone.GENERAL);
        List<String> stationery = quickKeyNames(papeleria);
        assertTrue(stationery.containsAll(List.of("Copia blanco y negro", "Copia a color", "Impresión blanco y negro",
                "Impresión a color", "Engargolado", "Enmicado tamaño carta", "Cartulina blanca", "Lápiz del número 2",
                "Bolígrafo punto mediano negro")), stationery.toString());
        assertFalse(stationery.contains("Memoria USB 32 GB"), "a scanned product without a key");
        for (Product product : products(papeleria)) {
            boolean barcoded = !papeleria.catalog.barcodes(product.id()).isEmpty();
            assertTrue(barcoded || stationery.contains(product.name()), "sold without a barcode, so on a key: "
                    + product.name());
        }

        PosServices pharmacy = shopOf(ShopType.FARMACIA, TaxZone.GENERAL);
        List<QuickKeyGroup> groups = pharmacy.catalog.quickKeys().groups();
        QuickKeyGroup services = groups.stream().filter(g -> g.categoryName().equals(Optional.of("Servicios")))
                .findFirst().orElseThrow();
        assertEquals(List.of("Aplicación de inyección", "Toma de presión arterial", "Medición de glucosa"),
                services.items().stream().map(QuickKeyGroup.Item::name).toList());
        assertTrue(quickKeyNames(pharmacy).containsAll(List.of("Paracetamol 500 mg 10 tabletas", "Suero oral 500 ml",
                "Cubrebocas (pieza)")));
    }

    @Test
    void theDemoShopStaysAbarrotes() throws Exception {
        PosConfig d = PosConfig.defaults();
        PosServices pos = PosServices.open(Files.createTempDirectory(dir, "demo"), new PosConfig(d.terminalCode(),
                d.shopZone(), d.discountLimitPercent(), d.scaleLabels(), 4), Clock.systemUTC());
        opened.add(pos);
        List<Operator> done = new ArrayList<>();
        FirstRunViewModel firstRun = new FirstRunViewModel(pos.users, pos.settings,
                new DemoShop(pos.catalog, pos.customers), Texts.spanish(), new InlineTaskExecutor(), done::add);
        firstRun.shopTypeProperty().set(ShopType.FARMACIA); // typed but not used, like the rest of the form
        firstRun.startDemo();
        assertEquals(1, done.size());
        assertEquals("ABARROTES", pos.settings.get(ShopType.SETTING).orElseThrow());
        assertEquals("Coca-Cola 600 ml", pos.catalog.scan(DemoShop.barcode(1)).product().name());
        assertTrue(pos.catalog.search("paracetamol", 5).isEmpty());
    }

    @Test
    void withoutATypeTheFormSaysWhatToDo() throws Exception {
        PosConfig d = PosConfig.defaults();
        PosServices pos = PosServices.open(Files.createTempDirectory(dir, "none"), new PosConfig(d.terminalCode(),
                d.shopZone(), d.discountLimitPercent(), d.scaleLabels(), 4), Clock.systemUTC());
        opened.add(pos);
        List<Operator> done = new ArrayList<>();
        FirstRunViewModel firstRun = new FirstRunViewModel(pos.users, pos.settings,
                new DemoShop(pos.catalog, pos.customers), Texts.spanish(), new InlineTaskExecutor(), done::add);
        firstRun.businessNameProperty().set("Farmacia San José");
        firstRun.shopTypeProperty().set(null);
        firstRun.finish();
        assertEquals("Elige el tipo de negocio: abarrotes, papelería o farmacia.", firstRun.messageProperty().get());
        assertTrue(done.isEmpty());
        assertTrue(pos.users.isFirstRun());
        assertEquals("Farmacia", Texts.spanish().get(FirstRunViewModel.textKey(ShopType.FARMACIA)));
    }
}
