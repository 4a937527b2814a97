package mx.michangarrito.pos.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import mx.michangarrito.pos.catalog.CatalogService;
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
 * by item codes 1 and 2 (and barcodes of their own, which ask for the weight), two fiado customers, and the usual tax mix (basic food at 0 %, soft drinks with IEPS).
 */
public final class DemoShop {

    /** The barcode of demo item {@code n} (1-based): 750 + 9 digits + check digit. */
    public static String barcode(int n) {
        String body = "750" + String.format("%09d", 100_000 + n);
        return body + Gtin.checkDigit(body);
    }

    private record Item(String name, long centavos, String tax) {
    }

    private static final List<Item> ITEMS = List.of(
            new Item("Coca-Cola 600 ml", 2_000, "ieps"),
            new Item("Leche entera 1 L", 2_950, "zero"),
            new Item("Pan blanco grande", 4_800, "zero"),
            new Item("Huevo blanco 12 piezas", 4_200, "zero"),
            new Item("Frijol negro 1 kg", 3_600, "zero"),
            new Item("Arroz 1 kg", 2_900, "zero"),
            new Item("Aceite vegetal 1 L", 4_450, "zero"),
            new Item("Atún en agua 140 g", 2_150, "zero"),
            new Item("Papas fritas 45 g", 1_900, "ieps"),
            new Item("Galletas Marías 170 g", 1_650, "zero"),
            new Item("Jabón de barra 200 g", 2_300, "std"),
            new Item("Detergente en polvo 1 kg", 4_100, "std"),
            new Item("Papel higiénico 4 rollos", 3_800, "std"),
            new Item("Agua natural 1.5 L", 1_500, "zero"),
            new Item("Café soluble 100 g", 6_500, "zero"),
            new Item("Cuaderno profesional 100 hojas", 4_500, "std"),
            new Item("Pilas AA 2 piezas", 3_900, "std"),
            new Item("Veladora", 2_500, "std"));

    private final CatalogService catalog;
    private final CustomerService customers;

    public DemoShop(CatalogService catalog, CustomerService customers) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.customers = Objects.requireNonNull(customers, "customers");
    }

    /** Adds the sample products and two fiado customers; taxed goods get {@code standardIva} (16 %, or 8 % in the border zone). */
    public void load(TaxRates standardIva) {
        List<ProductDraft> drafts = new ArrayList<>();
        for (int i = 0; i < ITEMS.size(); i++) {
            Item item = ITEMS.get(i);
            TaxRates taxes = switch (item.tax()) {
                case "zero" -> TaxRates.IVA_0;
                case "ieps" -> TaxRates.of(standardIva.iva(), IepsRate.ofPercent("8"));
                default -> standardIva;
            };
            drafts.add(ProductDraft.simple(item.name(), barcode(i + 1), Money.ofCentavos(item.centavos()), taxes));
        }
        drafts.add(weighed("Jamón de pavo (kg)", ITEMS.size() + 1, "1", 16_000));
        drafts.add(weighed("Queso Oaxaca (kg)", ITEMS.size() + 2, "2", 18_900));
        catalog.createAll(drafts, Optional.empty());
        customers.create(new CustomerDraft("Doña Lupe Ramírez", Optional.of("5512345678"), Money.ofPesos(1_000),
                Optional.empty()), Optional.empty());
        customers.create(new CustomerDraft("Don Chucho Pérez", Optional.empty(), Money.ofPesos(500),
                Optional.of("Paga en quincena")), Optional.empty());
    }

    private static ProductDraft weighed(String name, int n, String scaleCode, long perKgCentavos) {
        return new ProductDraft(name, Optional.empty(), List.of(barcode(n)), Optional.empty(), Unit.KG, true, TaxRates.IVA_0,
                Money.ZERO, Money.ofCentavos(perKgCentavos), BigDecimal.ZERO, Optional.of(scaleCode), true);
    }
}
