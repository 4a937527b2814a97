package mx.michangarrito.pos.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.pos.catalog.QuickKeyGroup;
import mx.michangarrito.pos.catalog.ScanResult;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample catalog of the first run: a fresh demo shop has its quick keys filled in. */
class DemoShopTest {

    @TempDir
    Path dir;

    @Test
    void theSampleShopHasLooseGoodsAndEverydayOnesOnTheQuickKeysByCategory() {
        try (TestTerminal t = new TestTerminal(dir)) {
            new DemoShop(t.catalog, t.customers).load(TaxRates.IVA_16);
            List<QuickKeyGroup> groups = t.catalog.quickKeys().groups();
            assertEquals(List.of("Abarrotes", "Bebidas", "Hogar y papelería", "Salchichonería", "Tortillería y pan"),
                    groups.stream().map(g -> g.categoryName().orElseThrow()).toList());
            QuickKeyGroup bakery = groups.getLast();
            assertEquals(List.of("Tortilla de maíz (kg)", "Bolillo", "Pan dulce (concha)"),
                    bakery.items().stream().map(QuickKeyGroup.Item::name).toList());
            assertTrue(bakery.items().getFirst().soldByWeight());
            assertEquals(List.of("Jamón de pavo (kg)", "Queso Oaxaca (kg)"),
                    groups.get(3).items().stream().map(QuickKeyGroup.Item::name).toList());
            assertTrue(t.catalog.search("copia", 5).stream().anyMatch(h -> h.name().equals("Copia blanco y negro")));
            ScanResult ham = t.catalog.scan(DemoShop.barcode(19)); // the barcodes stay where they were
            assertEquals("Jamón de pavo (kg)", ham.product().name());
            assertEquals(Optional.of(groups.get(3).categoryId().orElseThrow()), ham.product().categoryId());
        }
    }
}
