package mx.michangarrito.shared.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import mx.michangarrito.shared.money.Money;
import org.junit.jupiter.api.Test;

class TaxEngineTest {

    private static final IepsRate IEPS_8 = IepsRate.ofPercent("8");
    private final TaxEngine engine = new TaxEngine();

    private static TaxLine line(long centavos, String quantity, TaxRates rates) {
        return TaxLine.of(Money.ofCentavos(centavos), new BigDecimal(quantity), rates);
    }

    private static Money c(long centavos) {
        return Money.ofCentavos(centavos);
    }

    @Test
    void sixteenPercentIvaIsTakenOutOfTheShelfPrice() {
        TaxBreakdown ticket = engine.compute(List.of(line(11600, "1", TaxRates.IVA_16)));
        LineTaxes soap = ticket.lines().getFirst();
        assertEquals(c(10000), soap.base());
        assertEquals(c(1600), soap.iva());
        assertEquals(new RateTotal(c(10000), c(1600)), ticket.ivaTotals().get(IvaRate.IVA_16));
    }

    @Test
    void borderZoneEightPercent() {
        LineTaxes line = engine.compute(List.of(line(10800, "1", TaxRates.IVA_8))).lines().getFirst();
        assertEquals(c(10000), line.base());
        assertEquals(c(800), line.iva());
    }

    @Test
    void zeroRatedAndExemptCarryNoTaxButAreReportedApart() {
        TaxBreakdown ticket = engine.compute(List.of(line(2500, "2", TaxRates.IVA_0), line(3000, "1", TaxRates.EXEMPT)));
        assertEquals(new RateTotal(c(5000), Money.ZERO), ticket.ivaTotals().get(IvaRate.IVA_0));
        assertEquals(new RateTotal(c(3000), Money.ZERO), ticket.ivaTotals().get(IvaRate.EXEMPT));
        assertEquals(Money.ZERO, ticket.totalTaxes());
        assertEquals(c(8000), ticket.subtotal());
    }

    @Test
    void iepsIsComputedBeforeIvaAndIsPartOfTheIvaBase() {
        // $20.00 snack, IEPS 8 %, IVA 16 %: IVA = 2000 x 16/116 = 275.86 -> 276; net 1724;
        // IEPS = 1724 x 8/108 = 127.70 -> 128; base 1596.
        TaxBreakdown ticket = engine.compute(List.of(line(2000, "1", TaxRates.of(IvaRate.IVA_16, IEPS_8))));
        LineTaxes snack = ticket.lines().getFirst();
        assertEquals(c(1596), snack.base());
        assertEquals(c(128), snack.ieps());
        assertEquals(c(276), snack.iva());
        assertEquals(c(1724), snack.ivaBase());
        assertEquals(new RateTotal(c(1596), c(128)), ticket.iepsTotals().get(IEPS_8));
        assertEquals(new RateTotal(c(1724), c(276)), ticket.ivaTotals().get(IvaRate.IVA_16));
    }

    @Test
    void roundsOncePerRateOnTheTicketNotOncePerLine() {
        // Seven $1.00 items: per-line rounding would give 7 x 14 = 98 centavos of IVA;
        // the ticket holds 700 x 16/116 = 96.55 -> 97 centavos, and the lines share those 97.
        TaxBreakdown ticket = engine.compute(Collections.nCopies(7, line(100, "1", TaxRates.IVA_16)));
        assertEquals(c(97), ticket.totalIva());
        assertEquals(c(97), Money.sum(ticket.lines().stream().map(LineTaxes::iva).toList()));
        assertEquals(c(603), ticket.subtotal());
    }

    @Test
    void weighedQuantitiesRoundTheLineAmountHalfUp() {
        // 0.255 kg of ham at $189.90/kg = $48.4245 -> $48.42
        LineTaxes ham = engine.compute(List.of(line(18990, "0.255", TaxRates.IVA_0))).lines().getFirst();
        assertEquals(c(4842), ham.amount());
    }

    @Test
    void lineDiscountIsTakenBeforeTaxes() {
        TaxLine discounted = new TaxLine(c(11600), BigDecimal.ONE, c(1160), TaxRates.IVA_16);
        LineTaxes line = engine.compute(List.of(discounted)).lines().getFirst();
        assertEquals(c(10440), line.amount());
        assertEquals(c(9000), line.base());
        assertEquals(c(1440), line.iva());
    }

    @Test
    void ticketDiscountIsSharedInProportionToLineAmounts() {
        TaxBreakdown ticket = engine.compute(
                List.of(line(3000, "1", TaxRates.IVA_16), line(1000, "1", TaxRates.IVA_0)), c(400));
        assertEquals(c(300), ticket.lines().get(0).discount());
        assertEquals(c(100), ticket.lines().get(1).discount());
        assertEquals(c(3600), ticket.total());
        assertEquals(c(400), ticket.discount());
    }

    @Test
    void aFullyDiscountedTicketHasNoTax() {
        TaxBreakdown ticket = engine.compute(List.of(line(500, "2", TaxRates.IVA_16)), c(1000));
        assertEquals(Money.ZERO, ticket.total());
        assertEquals(Money.ZERO, ticket.totalTaxes());
    }

    @Test
    void anEmptyTicketIsAllZero() {
        TaxBreakdown ticket = engine.compute(List.of());
        assertEquals(Money.ZERO, ticket.total());
        assertTrue(ticket.ivaTotals().isEmpty());
    }

    @Test
    void ratesNotOnTheTicketAreNotReported() {
        TaxBreakdown ticket = engine.compute(List.of(line(100, "1", TaxRates.IVA_16)));
        assertFalse(ticket.ivaTotals().containsKey(IvaRate.IVA_8));
        assertTrue(ticket.iepsTotals().isEmpty());
    }

    @Test
    void rejectsDiscountsLargerThanWhatIsBeingSold() {
        assertThrows(IllegalArgumentException.class,
                () -> new TaxLine(c(100), BigDecimal.ONE, c(101), TaxRates.IVA_16));
        assertThrows(IllegalArgumentException.class,
                () -> engine.compute(List.of(line(100, "1", TaxRates.IVA_16)), c(101)));
    }

    @Test
    void rejectsNegativePricesAndNonPositiveQuantities() {
        assertThrows(IllegalArgumentException.class, () -> line(-1, "1", TaxRates.IVA_16));
        assertThrows(IllegalArgumentException.class, () -> line(100, "0", TaxRates.IVA_16));
    }

    @Test
    void iepsRatesAreEqualByValue() {
        assertEquals(IepsRate.ofPercent("8"), IepsRate.ofPercent("8.00"));
        assertEquals(TaxRates.of(IvaRate.IVA_16, IepsRate.ofPercent("26.5")),
                TaxRates.of(IvaRate.IVA_16, IepsRate.ofPercent("26.50")));
    }
}
