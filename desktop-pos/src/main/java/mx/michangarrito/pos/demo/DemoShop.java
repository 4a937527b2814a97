package mx.michangarrito.pos.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.fiado.CustomerService;
import mx.michangarrito.shared.barcode.Gtin;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.TaxRates;

/**
 * A small abarrotes catalog to try the counter with on a fresh machine: everyday goods with valid
 * EAN-13 barcodes (prefix 750, Mexico, item numbers of our own), two weighed products known to the scale
 * by item codes 1 and 2 (and barcodes of their own, which ask for the weight), loose goods without a barcode
 * (tortillas, bolillos, copias) on the sale screen's quick keys with a few everyday ones, five categories,
 * two fiado customers, and the usual tax mix (basic food at 0 %, soft drinks with IEPS).
 */
public final class DemoShop {

    /** The barcode of demo item {@code n} (1-based): 750 + 9 digits + check digit. */
    public static String barcode(int n) {
        String body = "750" + String.format("%09d", 100_000 + n);
        return body + Gtin.checkDigit(body);
    }

    /** {@code category}: its category's name; {@code quick}: whether it gets a quick key on the sale screen. */
    private record Item(String name, long centavos, String tax, String category, boolean quick) {
    }

    private static final String GROCERIES = "Abarrotes";
    private static final String DRINKS = "Bebidas";
    private static final String BAKERY = "Tortillería y pan";
    private static final String DELI = "Salchichonería";
    private static final String HOME = "Hogar y papelería";

    private static final List<Item> ITEMS = List.of(
            new Item("Coca-Cola 600 ml", 2_000, "ieps", DRINKS, true),
            new Item("Leche entera 1 L", 2_950, "zero", GROCERIES, true),
            new Item("Pan blanco grande", 4_800, "zero", BAKERY, false),
            new Item("Huevo blanco 12 piezas", 4_200, "zero", GROCERIES, false),
            new Item("Frijol negro 1 kg", 3_600, "zero", GROCERIES, false),
            new Item("Arroz 1 kg", 2_900, "zero", GROCERIES, false),
            new Item("Aceite vegetal 1 L", 4_450, "zero", GROCERIES, false),
            new Item("Atún en agua 140 g", 2_150, "zero", GROCERIES, false),
            new Item("Papas fritas 45 g", 1_900, "ieps", GROCERIES, false),
            new Item("Galletas Marías 170 g", 1_650, "zero", GROCERIES, false),
            new Item("Jabón de barra 200 g", 2_300, "std", HOME, false),
            new Item("Detergente en polvo 1 kg", 4_100, "std", HOME, false),
            new Item("Papel higiénico 4 rollos", 3_800, "std", HOME, false),
            new Item("Agua natural 1.5 L", 1_500, "zero", DRINKS, true),
            new Item("Café soluble 100 g", 6_500, "zero", GROCERIES, false),
            new Item("Cuaderno profesional 100 hojas", 4_500, "std", HOME, false),
            new Item("Pilas AA 2 piezas", 3_900, "std", HOME, false),
            new Item("Veladora", 2_500, "std", HOME, false));

    /** Loose goods sold without a barcode, from the quick keys only: price per piece, or per kilogram when weighed. */
    private record Loose(String name, long centavos, boolean weighed, String category) {
    }

    private static final List<Loose> LOOSE = List.of(
            new Loose("Tortilla de maíz (kg)", 2_400, true, BAKERY),
            new Loose("Bolillo", 250, false, BAKERY),
            new Loose("Pan dulce (concha)", 1_000, false, BAKERY),
            new Loose("Huevo blanco (kg)", 4_600, true, GROCERIES),
            new Loose("Refresco de vidrio suelto", 1_500, false, DRINKS),
            new Loose("Copia blanco y negro", 150, false, HOME));

    private final CatalogService catalog;
    private final CustomerService customers;

    public DemoShop(CatalogService catalog, CustomerService customers) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.customers = Objects.requireNonNull(customers, "customers");
    }

    /**
     * Loads the starter catalog of {@code type}: the abarrotes sample below (with its two fiado customers), or
     * the {@link PapeleriaCatalog} or {@link FarmaciaCatalog} products alone; taxed goods get {@code standardIva}.
     */
    public void load(ShopType type, TaxRates standardIva) {
        switch (type) {
            case ABARROTES -> load(standardIva);
            case PAPELERIA -> PapeleriaCatalog.CATALOG.load(catalog, standardIva);
            case FARMACIA -> FarmaciaCatalog.CATALOG.load(catalog, standardIva);
        }
    }

    /**
     * Adds the sample products in their categories (the everyday ones and the loose goods on the sale
     * screen's quick keys) and two fiado customers; taxed goods get {@code standardIva} (16 %, or 8 % in the
     * border zone).
     */
    public void load(TaxRates standardIva) {
        Map<String, UUID> categories = new HashMap<>();
        for (String name : List.of(GROCERIES, DRINKS, BAKERY, DELI, HOME)) {
            categories.put(name, catalog.createCategory(name).id());
        }
        List<ProductDraft> drafts = new ArrayList<>();
        List<Boolean> quick = new ArrayList<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            Item item = ITEMS.get(i);
            TaxRates taxes = switch (item.tax()) {
                case "zero" -> TaxRates.IVA_0;
                case "ieps" -> TaxRates.of(standardIva.iva(), IepsRate.ofPercent("8"));
                default -> standardIva;
            };
            ProductDraft simple = ProductDraft.simple(item.name(), barcode(i + 1), Money.ofCentavos(item.centavos()),
                    taxes);
            drafts.add(inCategory(simple, categories.get(item.category())));
            quick.add(item.quick());
        }
        drafts.add(inCategory(weighed("Jamón de pavo (kg)", ITEMS.size() + 1, "1", 16_000), categories.get(DELI)));
        drafts.add(inCategory(weighed("Queso Oaxaca (kg)", ITEMS.size() + 2, "2", 18_900), categories.get(DELI)));
        quick.add(true);
        quick.add(true);
        for (Loose loose : LOOSE) {
            drafts.add(new ProductDraft(loose.name(), Optional.empty(), List.of(),
                    Optional.of(categories.get(loose.category())), loose.weighed() ? Unit.KG : Unit.PIEZA,
                    loose.weighed(), loose.category().equals(HOME) ? standardIva : TaxRates.IVA_0, Money.ZERO,
                    Money.ofCentavos(loose.centavos()), BigDecimal.ZERO, Optional.empty(), true));
            quick.add(true);
        }
        List<Product> created = catalog.createAll(drafts, Optional.empty());
        List<UUID> keys = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            if (quick.get(i)) {
                keys.add(created.get(i).id());
            }
        }
        catalog.quickKeys().markSamples(keys);
        customers.create(new CustomerDraft("Doña Lupe Ramírez", Optional.of("5512345678"), Money.ofPesos(1_000),
                Optional.empty()), Optional.empty());
        customers.create(new CustomerDraft("Don Chucho Pérez", Optional.empty(), Money.ofPesos(500),
                Optional.of("Paga en quincena")), Optional.empty());
    }

    private static ProductDraft inCategory(ProductDraft d, UUID categoryId) {
        return new ProductDraft(d.name(), d.sku(), d.barcodes(), Optional.of(categoryId), d.unit(), d.soldByWeight(),
                d.taxes(), d.cost(), d.price(), d.minStock(), d.scaleItemCode(), d.active());
    }

    private static ProductDraft weighed(String name, int n, String scaleCode, long perKgCentavos) {
        return new ProductDraft(name, Optional.empty(), List.of(barcode(n)), Optional.empty(), Unit.KG, true, TaxRates.IVA_0,
                Money.ZERO, Money.ofCentavos(perKgCentavos), BigDecimal.ZERO, Optional.of(scaleCode), true);
    }
}
