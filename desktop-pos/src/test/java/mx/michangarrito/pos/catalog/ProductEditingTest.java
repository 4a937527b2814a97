package mx.michangarrito.pos.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.Test;

class ProductEditingTest extends CatalogTestBase {

    private static ProductDraft withPrice(ProductDraft d, Money price) {
        return new ProductDraft(d.name(), d.sku(), d.barcodes(), d.categoryId(), d.unit(), d.soldByWeight(), d.taxes(),
                d.cost(), price, d.minStock(), d.scaleItemCode(), d.active());
    }

    @Test
    void aDuplicateBarcodeIsRefusedNamingTheOtherProductAndNothingIsWritten() {
        fx.catalog.create(ProductDraft.simple("Sabritas", "7501011115408", Money.ofPesos(20), TaxRates.IVA_16), Optional.empty());
        long before = fx.count("Product");
        CatalogException e = assertThrows(CatalogException.class, () -> fx.catalog.create(
                ProductDraft.simple("Otra cosa", "7501011115408", Money.ofPesos(1), TaxRates.IVA_16), Optional.empty()));
        assertEquals(CatalogException.Reason.DUPLICATE_BARCODE, e.reason());
        assertTrue(e.userMessage().spanish().contains("Sabritas"), e.userMessage().spanish());
        assertEquals(before, fx.count("Product"));
        assertEquals(1, fx.count("PriceChange"));
    }

    @Test
    void aDuplicateSkuIsRefused() {
        ProductDraft a = new ProductDraft("Lápiz", Optional.of("LAP-01"), List.of(), Optional.empty(), Unit.PIEZA, false,
                TaxRates.IVA_16, Money.ZERO, Money.ofPesos(5), BigDecimal.ZERO, Optional.empty(), true);
        fx.catalog.create(a, Optional.empty());
        ProductDraft b = new ProductDraft("Pluma", Optional.of("LAP-01"), List.of(), Optional.empty(), Unit.PIEZA, false,
                TaxRates.IVA_16, Money.ZERO, Money.ofPesos(8), BigDecimal.ZERO, Optional.empty(), true);
        assertEquals(CatalogException.Reason.DUPLICATE_SKU,
                assertThrows(CatalogException.class, () -> fx.catalog.create(b, Optional.empty())).reason());
    }

    @Test
    void everyPriceChangeIsKeptWithWhoMadeIt() {
        UUID owner = UUID.randomUUID();
        Product p = fx.catalog.create(ProductDraft.simple("Leche Lala 1 L", "7501020515022", Money.ofCentavos(2850),
                TaxRates.IVA_0), Optional.of(owner));
        ProductDraft draft = ProductDraft.simple("Leche Lala 1 L", "7501020515022", Money.ofCentavos(2990), TaxRates.IVA_0);
        Product changed = fx.catalog.update(p.id(), p.version(), draft, Optional.of(owner));
        fx.catalog.update(p.id(), changed.version(), draft, Optional.of(owner)); // same price: no new row

        List<PriceChange> history = fx.catalog.priceHistory(p.id());
        assertEquals(2, history.size());
        assertEquals(Optional.of(2850L), history.get(1).oldPriceCentavos());
        assertEquals(2990, history.get(1).newPriceCentavos());
        assertEquals(Optional.of(owner), history.get(1).changedBy());
        assertEquals(Money.ofCentavos(2990), fx.catalog.find(p.id()).orElseThrow().price());
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefused() {
        Product p = fx.catalog.create(ProductDraft.simple("Atún", "7501045401010", Money.ofPesos(22), TaxRates.IVA_16), Optional.empty());
        fx.catalog.update(p.id(), p.version(), withPrice(ProductDraft.simple("Atún", "7501045401010", Money.ofPesos(22),
                TaxRates.IVA_16), Money.ofPesos(23)), Optional.empty());
        CatalogException e = assertThrows(CatalogException.class, () -> fx.catalog.update(p.id(), p.version(),
                ProductDraft.simple("Atún", "7501045401010", Money.ofPesos(30), TaxRates.IVA_16), Optional.empty()));
        assertEquals(CatalogException.Reason.EDITED_ELSEWHERE, e.reason());
        assertEquals(Money.ofPesos(23), fx.catalog.find(p.id()).orElseThrow().price());
    }

    @Test
    void changingBarcodesReplacesTheOldOnes() {
        Product p = fx.catalog.create(ProductDraft.simple("Galletas", "7501000111206", Money.ofPesos(15), TaxRates.IVA_16), Optional.empty());
        fx.catalog.update(p.id(), p.version(), ProductDraft.simple("Galletas", "7501000112302", Money.ofPesos(15),
                TaxRates.IVA_16), Optional.empty());
        assertEquals(List.of("07501000112302"), fx.catalog.barcodes(p.id()));
        assertEquals(CatalogException.Reason.UNKNOWN_BARCODE,
                assertThrows(CatalogException.class, () -> fx.catalog.scan("7501000111206")).reason());
    }

    @Test
    void taxesIncludingIepsAreStoredAndReadBack() {
        TaxRates snack = TaxRates.of(IvaRate.IVA_16, IepsRate.ofPercent("8"));
        Product p = fx.catalog.create(ProductDraft.simple("Doritos", "7501011118201", Money.ofPesos(20), snack), Optional.empty());
        assertEquals(snack, fx.catalog.find(p.id()).orElseThrow().taxes());
    }

    @Test
    void badFieldsAreRefusedBeforeTouchingTheDatabase() {
        assertEquals(CatalogException.Reason.INVALID_FIELD, assertThrows(CatalogException.class,
                () -> ProductDraft.simple("  ", null, Money.ofPesos(1), TaxRates.IVA_16)).reason());
        assertEquals(CatalogException.Reason.INVALID_FIELD, assertThrows(CatalogException.class,
                () -> ProductDraft.simple("Algo", null, Money.ofCentavos(-1), TaxRates.IVA_16)).reason());
        assertEquals(CatalogException.Reason.INVALID_GTIN, assertThrows(CatalogException.class, () -> fx.catalog.create(
                ProductDraft.simple("Algo", "7501011115409", Money.ofPesos(1), TaxRates.IVA_16), Optional.empty())).reason());
    }

    @Test
    void categoriesAreUniqueIgnoringCaseAndAccents() {
        fx.catalog.createCategory("Lácteos");
        assertEquals(CatalogException.Reason.CATEGORY_NAME_TAKEN,
                assertThrows(CatalogException.class, () -> fx.catalog.createCategory("LACTEOS")).reason());
        assertEquals(List.of("Lácteos"), fx.catalog.categories().stream().map(Category::name).toList());
    }
}
