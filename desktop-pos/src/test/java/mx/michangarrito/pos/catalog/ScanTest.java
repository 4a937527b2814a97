package mx.michangarrito.pos.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.shared.barcode.Gtin;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.Test;

class ScanTest extends CatalogTestBase {

    private static String withCheckDigit(String body) {
        return body + Gtin.checkDigit(body);
    }

    @Test
    void findsAProductByItsEan13() {
        Product coke = fx.catalog.create(ProductDraft.simple("Coca-Cola 600 ml", "7501055300075", Money.ofPesos(18),
                TaxRates.IVA_16), Optional.empty());
        ScanResult result = fx.catalog.scan("7501055300075");
        assertEquals(coke.id(), assertInstanceOf(ScanResult.Item.class, result).product().id());
    }

    @Test
    void aUpcAAndItsThirteenDigitFormAreTheSameProduct() {
        Product p = fx.catalog.create(ProductDraft.simple("Pringles", "038000845512", Money.ofPesos(45),
                TaxRates.IVA_16), Optional.empty());
        assertEquals(p.id(), fx.catalog.scan("0038000845512").product().id());
    }

    @Test
    void aProductMayHaveSeveralBarcodes() {
        ProductDraft base = ProductDraft.simple("Jabón Zote", null, Money.ofPesos(25), TaxRates.IVA_16);
        ProductDraft draft = new ProductDraft(base.name(), base.sku(), List.of("7501026005688", "TIENDA-7"),
                base.categoryId(), base.unit(), false, base.taxes(), base.cost(), base.price(), base.minStock(),
                Optional.empty(), true);
        Product zote = fx.catalog.create(draft, Optional.empty());
        assertEquals(zote.id(), fx.catalog.scan("7501026005688").product().id());
        assertEquals(zote.id(), fx.catalog.scan("tienda-7").product().id());
    }

    @Test
    void anUnknownButValidCodeIsReportedAsUnknown() {
        CatalogException e = assertThrows(CatalogException.class, () -> fx.catalog.scan("4006381333931"));
        assertEquals(CatalogException.Reason.UNKNOWN_BARCODE, e.reason());
        assertTrue(e.userMessage().spanish().contains("4006381333931"));
    }

    @Test
    void aMisreadCheckDigitIsReportedAsAnInvalidCode() {
        CatalogException e = assertThrows(CatalogException.class, () -> fx.catalog.scan("4006381333932"));
        assertEquals(CatalogException.Reason.INVALID_GTIN, e.reason());
    }

    @Test
    void emptyOrAbsurdInputIsABadBarcode() {
        assertEquals(CatalogException.Reason.BAD_BARCODE,
                assertThrows(CatalogException.class, () -> fx.catalog.scan("   ")).reason());
        assertEquals(CatalogException.Reason.BAD_BARCODE,
                assertThrows(CatalogException.class, () -> fx.catalog.scan("9".repeat(60))).reason());
    }

    @Test
    void aScaleLabelWithWeightGivesTheProductAndTheKilograms() {
        Product ham = fx.catalog.create(weighed("Jamón de pavo", "123"), Optional.empty());
        ScanResult result = fx.catalog.scan(withCheckDigit("210012301250"));
        ScanResult.WeighedItem item = assertInstanceOf(ScanResult.WeighedItem.class, result);
        assertEquals(ham.id(), item.product().id());
        assertEquals(new BigDecimal("1.250"), item.kilograms());
    }

    @Test
    void aScaleLabelWithPriceGivesTheProductAndThePrice() {
        Product cheese = fx.catalog.create(weighed("Queso Oaxaca", "77"), Optional.empty());
        ScanResult.PricedItem item = assertInstanceOf(ScanResult.PricedItem.class,
                fx.catalog.scan(withCheckDigit("230007704590")));
        assertEquals(cheese.id(), item.product().id());
        assertEquals(Money.ofCentavos(4590), item.price());
    }

    @Test
    void aScaleLabelForAnUnknownItemIsUnknown() {
        assertEquals(CatalogException.Reason.UNKNOWN_BARCODE, assertThrows(CatalogException.class,
                () -> fx.catalog.scan(withCheckDigit("219999901250"))).reason());
    }

    static ProductDraft weighed(String name, String scaleCode) {
        return new ProductDraft(name, Optional.empty(), List.of(), Optional.empty(), Unit.KG, true, TaxRates.IVA_0,
                Money.ofPesos(100), Money.ofPesos(180), BigDecimal.ONE, Optional.of(scaleCode), true);
    }
}
