package mx.michangarrito.pos.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.Test;

/** Scans answered from memory (decision 0019) still see every committed catalog change on the next scan. */
class ScanCacheTest extends CatalogTestBase {

    private static final String COKE = "7501055300075";
    private static final String ZOTE = "7501026005688";

    private Product create(String name, String barcode, long pesos) {
        return fx.catalog.create(ProductDraft.simple(name, barcode, Money.ofPesos(pesos), TaxRates.IVA_16), Optional.empty());
    }

    private static ProductDraft edited(Product p, List<String> barcodes, Money price) {
        return new ProductDraft(p.name(), p.sku(), barcodes, p.categoryId(), p.unit(), p.soldByWeight(), p.taxes(),
                p.cost(), price, p.minStock(), p.scaleItemCode(), p.active());
    }

    @Test
    void aPriceChangeIsHonouredByTheNextScan() {
        Product coke = create("Coca-Cola 600 ml", COKE, 18);
        assertEquals(Money.ofPesos(18), fx.catalog.scan(COKE).product().price());
        fx.catalog.update(coke.id(), coke.version(), edited(coke, List.of(COKE), Money.ofPesos(20)), Optional.empty());
        assertEquals(Money.ofPesos(20), fx.catalog.scan(COKE).product().price());
    }

    @Test
    void anAddedChangedOrRemovedBarcodeIsSeenByTheNextScan() {
        Product coke = create("Coca-Cola 600 ml", COKE, 18);
        Product zote = create("Jabón Zote", null, 25);
        assertEquals(coke.id(), fx.catalog.scan(COKE).product().id());
        assertThrows(CatalogException.class, () -> fx.catalog.scan(ZOTE));

        // added: the code unknown a moment ago now finds the product
        zote = fx.catalog.update(zote.id(), zote.version(), edited(zote, List.of(ZOTE), zote.price()), Optional.empty());
        assertEquals(zote.id(), fx.catalog.scan(ZOTE).product().id());

        // removed from one product and given to another
        coke = fx.catalog.update(coke.id(), coke.version(), edited(coke, List.of(), coke.price()), Optional.empty());
        assertEquals(CatalogException.Reason.UNKNOWN_BARCODE,
                assertThrows(CatalogException.class, () -> fx.catalog.scan(COKE)).reason());
        fx.catalog.update(zote.id(), zote.version(), edited(zote, List.of(ZOTE, COKE), zote.price()), Optional.empty());
        assertEquals(zote.id(), fx.catalog.scan(COKE).product().id());
    }

    @Test
    void aChangeFromAnotherCounterIsSeenOnceTheCatalogIsRefreshed() {
        Product coke = create("Coca-Cola 600 ml", COKE, 18);
        assertEquals(coke.id(), fx.catalog.scan(COKE).product().id());
        // what the pull of other counters' changes does: writes in its own transaction, then refreshes
        fx.db.writeVoid(s -> s.createMutationQuery("delete from ProductBarcode where productId = :id")
                .setParameter("id", coke.id()).executeUpdate());
        fx.catalog.refresh(Set.of());
        assertThrows(CatalogException.class, () -> fx.catalog.scan(COKE));
    }

    @Test
    void aNewCostRecordedInAPurchaseIsInTheNextScannedProduct() {
        Product coke = create("Coca-Cola 600 ml", COKE, 18);
        assertEquals(Money.ZERO, fx.catalog.scan(COKE).product().cost());
        fx.db.writeVoid(s -> fx.catalog.recordCost(s, coke.id(), Money.ofPesos(12), Optional.empty()));
        assertEquals(Money.ofPesos(12), fx.catalog.scan(COKE).product().cost());
    }

    @Test
    void aLookupReadBeforeAChangeIsNotKept() {
        ScanCache cache = new ScanCache();
        Product coke = create("Coca-Cola 600 ml", COKE, 18);
        long readAt = cache.generation();
        cache.clear(); // a change committed while the lookup was reading
        cache.put(COKE, coke, readAt);
        assertFalse(cache.get(COKE).isPresent());
        cache.put(COKE, coke, cache.generation());
        assertTrue(cache.get(COKE).isPresent());
    }

    @Test
    void scaleLabelsAreStillReadFromTheCatalog() {
        ProductDraft base = ProductDraft.simple("Jamón", null, Money.ofPesos(160), TaxRates.IVA_16);
        fx.catalog.create(new ProductDraft(base.name(), base.sku(), List.of(), base.categoryId(), Unit.KG, true,
                base.taxes(), base.cost(), base.price(), BigDecimal.ZERO, Optional.of("123"), true), Optional.empty());
        String label = "2100123012345";
        String body = label.substring(0, 12);
        String code = body + mx.michangarrito.shared.barcode.Gtin.checkDigit(body);
        for (int i = 0; i < 2; i++) {
            assertEquals(new BigDecimal("1.234"), ((ScanResult.WeighedItem) fx.catalog.scan(code)).kilograms());
        }
    }
}
