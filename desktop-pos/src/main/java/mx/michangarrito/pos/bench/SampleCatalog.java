package mx.michangarrito.pos.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.shared.barcode.Gtin;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;

/** A large, realistic-looking abarrotes catalog for the bench: Spanish names, valid EAN-13s, mixed taxes. */
final class SampleCatalog {

    private static final String[] ITEMS = {"Leche", "Jamón", "Queso", "Refresco", "Galletas", "Frijol", "Arroz",
        "Atún", "Jabón", "Papel higiénico", "Tortillas", "Café", "Azúcar", "Aceite", "Sopa", "Chiles", "Cerveza",
        "Agua", "Huevo", "Pan", "Yogur", "Cereal", "Detergente", "Cloro", "Pañales", "Salsa", "Mayonesa", "Crema",
        "Chocolate", "Piña en almíbar", "Frituras", "Dulces", "Veladoras", "Cerillos", "Pilas", "Cuaderno", "Lápiz"};
    private static final String[] BRANDS = {"La Costeña", "Lala", "Bimbo", "Sabritas", "Herdez", "Zote", "Nestlé",
        "Marinela", "Gamesa", "Jumex", "Del Valle", "Alpura", "Maseca", "Nutrioli", "Valle Verde", "Tía Rosa",
        "Corona", "Modelo", "Pétalo", "Suavel", "Ariel", "Roma", "Fud", "San Rafael", "Kellogg's", "Scribe"};
    private static final String[] SIZES = {"100 g", "250 g", "500 g", "1 kg", "355 ml", "600 ml", "1 L", "2 L",
        "paquete 4", "paquete 12", "chico", "mediano", "grande", "familiar"};

    private SampleCatalog() {
    }

    static List<ProductDraft> drafts(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<ProductDraft> drafts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = ITEMS[random.nextInt(ITEMS.length)] + " " + BRANDS[random.nextInt(BRANDS.length)] + " "
                    + SIZES[random.nextInt(SIZES.length)] + " #" + i;
            TaxRates taxes = switch (random.nextInt(4)) {
                case 0 -> TaxRates.IVA_0;
                case 1 -> TaxRates.of(mx.michangarrito.shared.tax.IvaRate.IVA_16,
                        mx.michangarrito.shared.tax.IepsRate.ofPercent("8"));
                default -> TaxRates.IVA_16;
            };
            drafts.add(new ProductDraft(name, Optional.of("SKU" + i), List.of(barcode(i)),
                    Optional.empty(), Unit.PIEZA, false, taxes, Money.ofCentavos(500 + random.nextInt(20_000)),
                    Money.ofCentavos(900 + random.nextInt(30_000)), java.math.BigDecimal.ZERO, Optional.empty(), true));
        }
        return drafts;
    }

    /** The EAN-13 of the i-th sample product. */
    static String barcode(int i) {
        String body = String.format("75%010d", i);
        return body + Gtin.checkDigit(body);
    }

    /** Search words people type: the first letters of an item, sometimes with a brand. */
    static String query(SplittableRandom random) {
        String item = ITEMS[random.nextInt(ITEMS.length)].toLowerCase(java.util.Locale.ROOT);
        String prefix = item.substring(0, Math.min(item.length(), 3 + random.nextInt(3)));
        return random.nextBoolean() ? prefix : prefix + " " + BRANDS[random.nextInt(BRANDS.length)].split(" ")[0];
    }
}
