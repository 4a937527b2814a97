package mx.michangarrito.pos.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SaleHistoryTest {

    @TempDir
    Path dataDir;
    TestTerminal fx;
    SaleHistory history;
    Product soap;
    Product soda;

    @BeforeEach
    void open() {
        fx = new TestTerminal(dataDir);
        history = new SaleHistory(fx.db);
        soap = fx.product("Jabón Zote", "7501026005688", 1000, TaxRates.IVA_16);
        soda = fx.product("Refresco", "7501055300846", 1850, TaxRates.of(IvaRate.IVA_16, new IepsRate(new BigDecimal("8"))));
        fx.shifts.open(fx.cashierId, Money.ofPesos(200));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private CompletedSale sell(Product product, int pieces, Tender tender) {
        Cart cart = new Cart();
        cart.addUnits(product, BigDecimal.valueOf(pieces));
        return fx.sales.complete(cart, List.of(tender), fx.cashierId);
    }

    private List<String> folios(Instant from, Instant to, String folio, Optional<Money> total) {
        return history.search(from, to, folio, total).stream().map(SaleHistory.Summary::folio).toList();
    }

    @Test
    void findsSalesByPeriodFolioAndAmountNewestFirst() {
        Instant start = fx.clock.instant();
        CompletedSale first = sell(soap, 1, Tender.cash(Money.ofPesos(10)));
        fx.clock.advance(Duration.ofDays(1));
        CompletedSale second = sell(soap, 3, Tender.cash(Money.ofPesos(50)));
        Instant end = fx.clock.instant().plusSeconds(1);

        assertEquals(List.of(second.folio(), first.folio()), folios(start, end, "", Optional.empty()));
        assertEquals(List.of(first.folio()), folios(start, start.plus(Duration.ofHours(1)), " ", Optional.empty()));
        assertEquals(List.of(second.folio()), folios(start, end, "", Optional.of(Money.ofPesos(30))));
        assertEquals(List.of(first.folio()), folios(start, end, first.folio().toLowerCase(), Optional.empty()));
        assertEquals(List.of(), folios(start, end, "NO-SUCH", Optional.empty()));
        assertEquals(List.of(), folios(end, end.plusSeconds(60), "", Optional.empty()));
    }

    @Test
    void theDetailCarriesTheRecordedLinesTendersAndTheVoidAndReturnMarks() {
        Cart cart = new Cart();
        cart.addUnits(soap, BigDecimal.valueOf(2));
        cart.addUnits(soda, BigDecimal.ONE);
        CompletedSale sold = fx.sales.complete(cart, List.of(Tender.cash(Money.ofPesos(100))), fx.cashierId);

        SaleHistory.Detail detail = history.detail(sold.saleId()).orElseThrow();
        assertEquals(sold.folio(), detail.sale().folio());
        assertEquals(sold.totals().total(), detail.sale().totals().total());
        assertEquals(sold.totals().totalIva(), detail.sale().totals().totalIva());
        assertEquals(sold.totals().totalIeps(), detail.sale().totals().totalIeps());
        assertEquals(sold.totals().ivaTotals(), detail.sale().totals().ivaTotals());
        assertEquals(sold.change(), detail.sale().change());
        assertEquals(List.of(TenderKind.CASH), detail.sale().tenders().stream().map(Tender::kind).toList());
        assertEquals(fx.cashierId, detail.cashierId());
        assertFalse(detail.voided() || detail.returned());

        SaleHistory.DetailLine soapLine = detail.lines().getFirst();
        fx.returns.returnItems(sold.saleId(), Map.of(soapLine.saleLineId(), BigDecimal.ONE), TenderKind.CASH,
                fx.cashierId, "roto");
        SaleHistory.Detail after = history.detail(sold.saleId()).orElseThrow();
        assertTrue(after.returned());
        assertEquals(0, BigDecimal.ONE.compareTo(after.lines().getFirst().returnable()));
        assertTrue(history.search(sold.completedAt(), sold.completedAt().plusSeconds(1), "", Optional.empty())
                .getFirst().returned());

        CompletedSale other = sell(soap, 1, Tender.cash(Money.ofPesos(10)));
        fx.voids.voidSale(other.saleId(), "error", fx.cashierId, fx.managerId, TestTerminal.MANAGER_PIN);
        assertTrue(history.detail(other.saleId()).orElseThrow().voided());
        assertTrue(history.detail(java.util.UUID.randomUUID()).isEmpty());
    }
}
