package mx.michangarrito.pos.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {

    @TempDir
    Path dataDir;

    private static List<String> names(List<ProductHit> hits) {
        return hits.stream().map(ProductHit::name).toList();
    }

    private static void add(CatalogFixture fx, String... names) {
        for (String name : names) {
            fx.catalog.create(ProductDraft.simple(name, null, Money.ofPesos(10), TaxRates.IVA_16), Optional.empty());
        }
    }

    @Test
    void findsNamesIgnoringAccentsAndCase() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            add(fx, "Jamón de pavo", "Piña en almíbar", "Refresco");
            assertEquals(List.of("Jamón de pavo"), names(fx.catalog.search("JAMON", 10)));
            assertEquals(List.of("Piña en almíbar"), names(fx.catalog.search("pina almibar", 10)));
        }
    }

    @Test
    void ranksNamesStartingWithTheQueryFirstThenWordStartsThenTheRest() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            add(fx, "Sándwich de jamón serrano", "Queso y jamón", "Jamón de pavo", "Champiñones");
            assertEquals(List.of("Jamón de pavo", "Queso y jamón", "Sándwich de jamón serrano"),
                    names(fx.catalog.search("jamon", 10)));
            assertEquals(List.of("Champiñones"), names(fx.catalog.search("pin", 10)));
        }
    }

    @Test
    void everyWordMustMatch() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            add(fx, "Coca-Cola 600 ml", "Coca-Cola 2 L", "Agua 600 ml");
            assertEquals(List.of("Coca-Cola 600 ml"), names(fx.catalog.search("coca 600", 10)));
        }
    }

    @Test
    void limitsTheNumberOfResults() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            add(fx, "Pan 1", "Pan 2", "Pan 3", "Pan 4");
            assertEquals(2, fx.catalog.search("pan", 2).size());
            assertEquals(List.of(), fx.catalog.search("   ", 5));
        }
    }

    @Test
    void deactivatedProductsLeaveTheSearchAndTheIndexSurvivesARestart() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            add(fx, "Tortillas", "Tostadas");
            Product tostadas = fx.catalog.find(fx.catalog.search("tostadas", 1).getFirst().id()).orElseThrow();
            ProductDraft off = new ProductDraft("Tostadas", Optional.empty(), List.of(), Optional.empty(), Unit.PIEZA,
                    false, TaxRates.IVA_16, Money.ZERO, Money.ofPesos(10), java.math.BigDecimal.ZERO, Optional.empty(), false);
            fx.catalog.update(tostadas.id(), tostadas.version(), off, Optional.empty());
            assertEquals(List.of("Tortillas"), names(fx.catalog.search("tor", 10)));
            assertEquals(List.of(), names(fx.catalog.search("tostadas", 10)));
        }
        try (CatalogFixture reopened = new CatalogFixture(dataDir)) {
            assertEquals(List.of("Tortillas"), names(reopened.catalog.search("t", 10)));
        }
    }

    private static Product product(CatalogFixture fx, String name, String sku, String... barcodes) {
        return fx.catalog.create(new ProductDraft(name, Optional.ofNullable(sku), List.of(barcodes), Optional.empty(),
                Unit.PIEZA, false, TaxRates.IVA_16, Money.ZERO, Money.ofPesos(10), java.math.BigDecimal.ZERO,
                Optional.empty(), true), Optional.empty());
    }

    private static ProductDraft withBarcodes(Product p, String sku, String... barcodes) {
        return new ProductDraft(p.name(), Optional.ofNullable(sku), List.of(barcodes), Optional.empty(), Unit.PIEZA,
                false, TaxRates.IVA_16, Money.ZERO, Money.ofPesos(10), java.math.BigDecimal.ZERO, Optional.empty(), true);
    }

    @Test
    void aSkuPrefixListsTheProductsWhoseSkuStartsWithIt() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            product(fx, "Refresco de cola", "BEB-001");
            product(fx, "Agua natural", "BEB-002");
            product(fx, "Galletas", "GAL-001");
            assertEquals(List.of("Agua natural", "Refresco de cola"), names(fx.catalog.search("beb-0", 10)));
            assertEquals(List.of("Galletas"), names(fx.catalog.search("GAL", 10)));
            assertEquals(List.of(), names(fx.catalog.search("001", 10)), "a SKU matches from its start only");
        }
    }

    @Test
    void aBarcodePrefixListsTheProductsWhoseBarcodeStartsWithIt() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            product(fx, "Coca-Cola 600 ml", null, "7501055300846");
            product(fx, "Sabritas", null, "7501011115569");
            product(fx, "Pan de la casa", null, "PAN-77");
            product(fx, "Leche UPC", null, "012345678905");
            assertEquals(List.of("Sabritas", "Coca-Cola 600 ml"), names(fx.catalog.search("75010", 10)), "shorter names first");
            assertEquals(List.of("Coca-Cola 600 ml"), names(fx.catalog.search("7501055", 10)));
            assertEquals(List.of("Pan de la casa"), names(fx.catalog.search("pan-7", 10)));
            assertEquals(List.of("Leche UPC"), names(fx.catalog.search("0123456", 10)), "leading zeros of a GTIN");
            assertEquals(List.of(), names(fx.catalog.search("55300846", 10)), "from the start only");
            assertEquals(List.of(), names(fx.catalog.search("75", 10)), "two digits are too few for barcodes");
            assertTrue(fx.catalog.isBarcode("7501055300846"));
            assertFalse(fx.catalog.isBarcode("75010"));
        }
    }

    @Test
    void aWholeCodeComesFirstThenNamesThenCodePrefixesThenNamesContainingTheText() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            product(fx, "Aceite 750 ml", null);
            product(fx, "Vela aromática 750", null, "7509999999997");
            product(fx, "Frijoles", null, "750");
            product(fx, "Arroz", null, "7501000000104");
            product(fx, "Caja x750", null);
            assertEquals(List.of("Frijoles", "Aceite 750 ml", "Vela aromática 750", "Arroz", "Caja x750"),
                    names(fx.catalog.search("750", 10)));
        }
    }

    @Test
    void barcodePrefixesFollowEditsMovesRemovalsDeactivationAndARestart() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            Product coca = product(fx, "Coca-Cola", null, "7501055300846");
            Product pepsi = product(fx, "Pepsi", null);
            coca = fx.catalog.update(coca.id(), coca.version(), withBarcodes(coca, null), Optional.empty());
            pepsi = fx.catalog.update(pepsi.id(), pepsi.version(), withBarcodes(pepsi, "PEP-1", "7501055300846"),
                    Optional.empty());
            assertEquals(List.of("Pepsi"), names(fx.catalog.search("7501055", 10)), "the moved code follows");
            assertEquals(List.of("Pepsi"), names(fx.catalog.search("pep-", 10)));
            coca = fx.catalog.update(coca.id(), coca.version(), withBarcodes(coca, null, "CC-1"), Optional.empty());
            assertEquals(List.of("Coca-Cola"), names(fx.catalog.search("cc-", 10)));
            pepsi = fx.catalog.update(pepsi.id(), pepsi.version(), withBarcodes(pepsi, null), Optional.empty());
            assertEquals(List.of(), names(fx.catalog.search("7501055", 10)), "a removed code leaves");
            assertEquals(List.of(), names(fx.catalog.search("pep-", 10)), "a removed SKU leaves");
            ProductDraft off = new ProductDraft("Coca-Cola", Optional.empty(), List.of("CC-1"), Optional.empty(),
                    Unit.PIEZA, false, TaxRates.IVA_16, Money.ZERO, Money.ofPesos(10), java.math.BigDecimal.ZERO,
                    Optional.empty(), false);
            fx.catalog.update(coca.id(), coca.version(), off, Optional.empty());
            assertEquals(List.of(), names(fx.catalog.search("cc-", 10)), "a deactivated product leaves");
            product(fx, "Sprite", null, "7501055310876");
        }
        try (CatalogFixture reopened = new CatalogFixture(dataDir)) {
            assertEquals(List.of("Sprite"), names(reopened.catalog.search("750105", 10)));
            assertEquals(List.of(), names(reopened.catalog.search("cc-", 10)));
        }
    }
    @Test
    void aBarcodeMovedByThePullFollowsOnRefreshOfEitherProduct() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            product(fx, "Coca-Cola", null, "7501055300846");
            Product pepsi = product(fx, "Pepsi", null);
            CatalogReplica replica = new CatalogReplica(mx.michangarrito.shared.id.UuidV7Generator.system());
            fx.db.write(s -> replica.apply(s, new mx.michangarrito.shared.sync.BarcodeState("07501055300846",
                    pepsi.id())));
            assertEquals(List.of("Coca-Cola"), names(fx.catalog.search("7501055", 10)), "not refreshed yet");
            fx.catalog.refresh(java.util.Set.of(pepsi.id()));
            assertEquals(List.of("Pepsi"), names(fx.catalog.search("7501055", 10)), "the new owner alone refreshed");
            fx.db.write(s -> replica.removeBarcode(s, "07501055300846"));
            fx.catalog.refresh(java.util.Set.of(pepsi.id()));
            assertEquals(List.of(), names(fx.catalog.search("7501055", 10)));
            assertEquals(List.of("Coca-Cola"), names(fx.catalog.search("coca", 10)));
        }
    }

    private static final String IMPORTED = "nombre,sku,codigos_barras,precio,activo\r\n"
            + "Leche UPC,,012345678905,25,si\r\n"
            + "Pan de la casa,BK-900,PAN-77|PAN-78,5,si\r\n"
            + "Vela apagada,,VELA-1,10,no\r\n";

    @Test
    void productsImportedByCsvOrCreateAllAreFoundByCodePrefixRightAfter() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            product(fx, "Coca-Cola 600 ml", null, "7501055300846");
            ImportOutcome outcome = fx.catalog.importCsv(IMPORTED.getBytes(StandardCharsets.UTF_8), ImportProgress.NONE,
                    Optional.empty());
            assertTrue(outcome.succeeded(), outcome.errors().toString());
            assertEquals(List.of("Leche UPC"), names(fx.catalog.search("0123456", 10)), "leading zeros of a GTIN");
            assertEquals(List.of("Pan de la casa"), names(fx.catalog.search("pan-78", 10)), "every code of a row");
            assertEquals(List.of("Pan de la casa"), names(fx.catalog.search("bk-9", 10)), "its SKU");
            assertFalse(fx.catalog.isBarcode("VELA-1"), "an inactive product's code stays out");
            assertEquals(List.of("Coca-Cola 600 ml"), names(fx.catalog.search("7501055", 10)), "the codes from before");
            assertTrue(fx.catalog.isBarcode("012345678905"));
            fx.catalog.createAll(List.of(ProductDraft.simple("Gansito", "GAN-1", Money.ofPesos(15), TaxRates.IVA_16)),
                    Optional.empty());
            assertEquals(List.of("Gansito"), names(fx.catalog.search("gan-", 10)));
            assertEquals(List.of("Leche UPC"), names(fx.catalog.search("0123456", 10)));
        }
    }

    @Test
    void anImportThatRollsBackAddsNoCodeToTheSearch() {
        try (CatalogFixture fx = new CatalogFixture(dataDir)) {
            product(fx, "Coca-Cola 600 ml", null, "7501055300846");
            ImportProgress powerCut = (phase, done, total) -> {
                if (phase == ImportProgress.Phase.SAVING && done == total) {
                    throw new IllegalStateException("power cut");
                }
            };
            assertThrows(IllegalStateException.class, () -> fx.catalog.importCsv(
                    IMPORTED.getBytes(StandardCharsets.UTF_8), powerCut, Optional.empty()));
            List<ProductDraft> refused = List.of(ProductDraft.simple("Gansito", "GAN-1", Money.ofPesos(15),
                    TaxRates.IVA_16), ProductDraft.simple("Otra Coca", "7501055300846", Money.ofPesos(1), TaxRates.IVA_16));
            assertThrows(CatalogException.class, () -> fx.catalog.createAll(refused, Optional.empty()));

            assertEquals(List.of(), names(fx.catalog.search("0123456", 10)));
            assertEquals(List.of(), names(fx.catalog.search("pan-7", 10)));
            assertEquals(List.of(), names(fx.catalog.search("gan-", 10)));
            assertFalse(fx.catalog.isBarcode("012345678905"));
            assertFalse(fx.catalog.isBarcode("PAN-77"));
            assertFalse(fx.catalog.isBarcode("GAN-1"));
            assertEquals(List.of("Coca-Cola 600 ml"), names(fx.catalog.search("7501055", 10)));
        }
    }
}
