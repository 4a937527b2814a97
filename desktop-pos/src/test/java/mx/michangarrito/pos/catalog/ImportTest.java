package mx.michangarrito.pos.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.shared.barcode.Gtin;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportTest {

    @TempDir
    Path dataDir;

    private static ProductDraft numbered(int i) {
        String body = String.format("750%09d", i);
        return ProductDraft.simple("Producto " + i, body + Gtin.checkDigit(body), Money.ofPesos(10 + i), TaxRates.IVA_16);
    }

    @Test
    void importsManyProductsInOneGoAndFindsThemAll() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            List<ProductDraft> drafts = new ArrayList<>();
            for (int i = 0; i < 1_200; i++) {
                drafts.add(numbered(i));
            }
            fx.catalog.createAll(drafts, Optional.empty());
            assertEquals(1_200, fx.count("Product"));
            assertEquals("Producto 1199", fx.catalog.scan(drafts.get(1199).barcodes().getFirst()).product().name());
            assertEquals(List.of("Producto 777"), fx.catalog.search("producto 777", 5).stream().map(ProductHit::name).toList());
        }
    }

    @Test
    void oneBadRowLeavesNothingHalfImported() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            List<ProductDraft> drafts = new ArrayList<>(List.of(numbered(1), numbered(2), numbered(3)));
            drafts.add(ProductDraft.simple("Repetido", drafts.get(1).barcodes().getFirst(), Money.ofPesos(1), TaxRates.IVA_16));
            CatalogException e = assertThrows(CatalogException.class, () -> fx.catalog.createAll(drafts, Optional.empty()));
            assertEquals(CatalogException.Reason.DUPLICATE_BARCODE, e.reason());
            assertEquals(0, fx.count("Product"));
            assertEquals(List.of(), fx.catalog.search("producto", 5));
        }
    }
}
