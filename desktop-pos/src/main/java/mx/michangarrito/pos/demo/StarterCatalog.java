package mx.michangarrito.pos.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.shared.barcode.Gtin;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.TaxRates;

/**
 * A starter catalog of one kind of shop, as data: products in categories, with valid EAN-13 barcodes of our own
 * (prefix 750, Mexico, then a block number per catalog so no two catalogs share a code), loose goods and
 * services without a barcode on the sale screen's quick keys with a few everyday scanned ones, and the taxes
 * each product carries in Mexico. Loading it creates the categories in the order they first appear.
 */
public final class StarterCatalog {

    /** Which taxes a product carries; the standard IVA is the shop's zone's (16 %, or 8 % in the border zone). */
    public enum Tax {
        /** IVA at 0 %: patent medicines, basic food, sanitary pads. */
        ZERO,
        /** The standard IVA: most goods and services. */
        STANDARD,
        /** The standard IVA and the 8 % IEPS of high-calorie food (candy, snacks). */
        STANDARD_IEPS_8
    }

    /**
     * One product. {@code barcoded}: it gets the catalog's next barcode; otherwise it is a loose good or
     * service sold from its quick key. {@code quick}: it gets a quick key on the sale screen.
     */
    public record Item(String name, long centavos, Tax tax, String category, Unit unit, boolean barcoded,
            boolean quick) {

        public Item {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(tax, "tax");
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(unit, "unit");
        }

        /** A packaged product with a barcode, sold by the piece. */
        static Item scanned(String name, long centavos, Tax tax, String category) {
            return new Item(name, centavos, tax, category, Unit.PIEZA, true, false);
        }

        /** A loose good or a service without a barcode, on a quick key. */
        static Item loose(String name, long centavos, Tax tax, String category) {
            return new Item(name, centavos, tax, category, Unit.PIEZA, false, true);
        }

        /** The same product counted in {@code other} (e.g. a pack). */
        Item in(Unit other) {
            return new Item(name, centavos, tax, category, other, barcoded, quick);
        }

        /** The same product with a quick key as well. */
        Item onKey() {
            return new Item(name, centavos, tax, category, unit, barcoded, true);
        }
    }

    private final int block;
    private final List<Item> items;

    /**
     * @param block the catalog's barcode block, 2 to 9 (1 is the abarrotes sample's): its barcodes are
     *              750 + {@code block × 100000 + n} on 9 digits + check digit
     */
    StarterCatalog(int block, List<Item> items) {
        if (block < 2 || block > 9) {
            throw new IllegalArgumentException("block " + block);
        }
        this.block = block;
        this.items = List.copyOf(items);
    }

    /** The barcode of the catalog's {@code n}-th barcoded product (1-based). */
    public String barcode(int n) {
        if (n < 1 || n >= 100_000) {
            throw new IllegalArgumentException("n " + n);
        }
        String body = "750" + String.format("%09d", block * 100_000 + n);
        return body + Gtin.checkDigit(body);
    }

    /** The products, in the order they are created. */
    public List<Item> items() {
        return items;
    }

    /** The barcode of the product named {@code name}, if it has one. */
    public Optional<String> barcodeOf(String name) {
        int n = 0;
        for (Item item : items) {
            if (item.barcoded()) {
                n++;
                if (item.name().equals(name)) {
                    return Optional.of(barcode(n));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Adds the categories and products, and gives the quick ones their keys in this order (with nobody logged
     * in, as on the first run); taxed goods get {@code standardIva}.
     */
    public void load(CatalogService catalog, TaxRates standardIva) {
        Objects.requireNonNull(standardIva, "standardIva");
        Map<String, UUID> categories = new LinkedHashMap<>();
        for (Item item : items) {
            categories.computeIfAbsent(item.category(), name -> catalog.createCategory(name).id());
        }
        List<ProductDraft> drafts = new ArrayList<>();
        int n = 0;
        for (Item item : items) {
            List<String> barcodes = item.barcoded() ? List.of(barcode(++n)) : List.of();
            TaxRates taxes = switch (item.tax()) {
                case ZERO -> TaxRates.IVA_0;
                case STANDARD -> standardIva;
                case STANDARD_IEPS_8 -> TaxRates.of(standardIva.iva(), IepsRate.ofPercent("8"));
            };
            drafts.add(new ProductDraft(item.name(), Optional.empty(), barcodes,
                    Optional.of(categories.get(item.category())), item.unit(), item.unit().weighedByDefault(), taxes,
                    Money.ZERO, Money.ofCentavos(item.centavos()), BigDecimal.ZERO, Optional.empty(), true));
        }
        List<Product> created = catalog.createAll(drafts, Optional.empty());
        List<UUID> keys = new ArrayList<>();
        for (int i = 0; i < created.size(); i++) {
            if (items.get(i).quick()) {
                keys.add(created.get(i).id());
            }
        }
        catalog.quickKeys().markSamples(keys);
    }
}
