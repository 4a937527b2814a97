package mx.michangarrito.pos.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProductListingTest {

    @TempDir
    Path dir;

    private static ProductDraft draft(String name, String sku, String barcode, Optional<java.util.UUID> category,
            int minStock, boolean active) {
        return new ProductDraft(name, Optional.ofNullable(sku), barcode == null ? List.of() : List.of(barcode), category,
                Unit.PIEZA, false, TaxRates.IVA_16, Money.ZERO, Money.ofPesos(10), BigDecimal.valueOf(minStock),
                Optional.empty(), active);
    }

    private static List<String> names(List<ProductRow> rows) {
        return rows.stream().map(ProductRow::name).toList();
    }

    @Test
    void filtersByTextCategoryStatusAndLowStock() {
        try (TestTerminal t = new TestTerminal(dir)) {
            Category drinks = t.catalog.createCategory("Bebidas");
            Product coke = t.catalog.create(draft("Coca-Cola 600 ml", "CC600", "7501055300846", Optional.of(drinks.id()), 5,
                    true), Optional.empty());
            t.catalog.create(draft("Jamón de pavo", "JP", null, Optional.empty(), 0, true), Optional.empty());
            t.catalog.create(draft("Jarabe viejo", null, null, Optional.empty(), 0, false), Optional.empty());
            t.stock.receivePurchase(coke.id(), new BigDecimal("7"), Optional.empty(), Optional.empty());

            ProductFilter all = ProductFilter.ALL_ACTIVE;
            assertEquals(List.of("Coca-Cola 600 ml", "Jamón de pavo"), names(t.catalog.list(all, 100)));
            assertEquals(List.of("Jamón de pavo"), names(t.catalog.list(new ProductFilter("jamon", Optional.empty(),
                    ProductFilter.Status.ACTIVE, false), 100)), "accents ignored");
            assertEquals(List.of("Coca-Cola 600 ml"), names(t.catalog.list(new ProductFilter("7501055300846",
                    Optional.empty(), ProductFilter.Status.ACTIVE, false), 100)), "by barcode");
            assertEquals(List.of("Coca-Cola 600 ml"), names(t.catalog.list(new ProductFilter("cc600",
                    Optional.empty(), ProductFilter.Status.ACTIVE, false), 100)), "by SKU");
            assertEquals(List.of("Coca-Cola 600 ml"), names(t.catalog.list(new ProductFilter("", Optional.of(drinks.id()),
                    ProductFilter.Status.ACTIVE, false), 100)));
            assertEquals(List.of("Jarabe viejo"), names(t.catalog.list(new ProductFilter("ja", Optional.empty(),
                    ProductFilter.Status.INACTIVE, false), 100)));
            assertEquals(3, t.catalog.list(new ProductFilter("", Optional.empty(), ProductFilter.Status.ALL, false), 100).size());
            assertEquals(1, t.catalog.list(all, 1).size(), "the limit holds");

            ProductRow row = t.catalog.list(all, 100).getFirst();
            assertEquals("Bebidas", row.category());
            assertEquals(0, new BigDecimal("7").compareTo(row.onHand()));
            assertTrue(!row.low());
            ProductFilter lowOnly = new ProductFilter("", Optional.empty(), ProductFilter.Status.ACTIVE, true);
            assertEquals(List.of(), t.catalog.list(lowOnly, 100));
            t.stock.adjust(coke.id(), new BigDecimal("-2"), "merma", Optional.empty());
            assertEquals(List.of("Coca-Cola 600 ml"), names(t.catalog.list(lowOnly, 100)), "5 on hand, minimum 5");
        }
    }

    @Test
    void renamingACategoryKeepsNamesUnique() {
        try (TestTerminal t = new TestTerminal(dir)) {
            Category drinks = t.catalog.createCategory("Bebidas");
            t.catalog.createCategory("Lácteos");
            assertEquals("Refrescos", t.catalog.renameCategory(drinks.id(), " Refrescos ").name());
            CatalogException taken = org.junit.jupiter.api.Assertions.assertThrows(CatalogException.class,
                    () -> t.catalog.renameCategory(drinks.id(), "lacteos"));
            assertEquals(CatalogException.Reason.CATEGORY_NAME_TAKEN, taken.reason());
            assertEquals(List.of("Lácteos", "Refrescos"), t.catalog.categories().stream().map(Category::name).toList());
        }
    }
}
