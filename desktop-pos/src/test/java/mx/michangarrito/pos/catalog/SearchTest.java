package mx.michangarrito.pos.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
