package mx.michangarrito.shared.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import mx.michangarrito.shared.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TaxEnginePropertiesTest {

    private final TaxEngine engine = new TaxEngine();

    @Provide
    Arbitrary<List<TaxLine>> tickets() {
        Arbitrary<TaxRates> rates = Combinators.combine(
                Arbitraries.of(IvaRate.class),
                Arbitraries.of("0", "3", "8", "26.5", "53", "160").injectNull(0.7))
                .as((iva, ieps) -> ieps == null ? TaxRates.of(iva) : TaxRates.of(iva, IepsRate.ofPercent(ieps)));
        Arbitrary<BigDecimal> quantities = Arbitraries.oneOf(
                Arbitraries.integers().between(1, 50).map(BigDecimal::valueOf),
                Arbitraries.integers().between(1, 9_999).map(g -> BigDecimal.valueOf(g, 3)));
        Arbitrary<TaxLine> line = Combinators.combine(
                Arbitraries.longs().between(0, 5_000_000), quantities, rates, Arbitraries.integers().between(0, 100))
                .as((price, qty, r, discountPercent) -> {
                    Money gross = Money.ofCentavos(price).times(qty);
                    Money discount = gross.percent(BigDecimal.valueOf(discountPercent)).abs();
                    return new TaxLine(Money.ofCentavos(price), qty, Money.min(discount, gross), r);
                });
        return line.list().ofMinSize(1).ofMaxSize(40);
    }

    @Property
    void basePlusTaxesEqualsTheAmountOnEveryLineAndTheTicket(@ForAll("tickets") List<TaxLine> lines,
            @ForAll("percent") int ticketDiscountPercent) {
        TaxBreakdown ticket = compute(lines, ticketDiscountPercent);
        for (LineTaxes line : ticket.lines()) {
            assertEquals(line.amount(), line.base().plus(line.ieps()).plus(line.iva()));
            assertEquals(line.amount(), line.gross().minus(line.discount()));
            assertFalse(line.base().isNegative() || line.ieps().isNegative() || line.iva().isNegative());
        }
        assertEquals(ticket.total(), ticket.subtotal().plus(ticket.totalIeps()).plus(ticket.totalIva()));
    }

    @Property
    void lineAmountsAddUpExactlyToTheTicketTotals(@ForAll("tickets") List<TaxLine> lines,
            @ForAll("percent") int ticketDiscountPercent) {
        TaxBreakdown ticket = compute(lines, ticketDiscountPercent);
        assertEquals(ticket.total(), sum(ticket.lines(), LineTaxes::amount));
        assertEquals(ticket.subtotal(), sum(ticket.lines(), LineTaxes::base));
        assertEquals(ticket.discount(), sum(ticket.lines(), LineTaxes::discount));
        for (Map.Entry<IvaRate, RateTotal> rate : ticket.ivaTotals().entrySet()) {
            List<LineTaxes> at = ticket.lines().stream().filter(l -> l.rates().iva() == rate.getKey()).toList();
            assertEquals(rate.getValue(), new RateTotal(sum(at, LineTaxes::ivaBase), sum(at, LineTaxes::iva)));
        }
        for (Map.Entry<IepsRate, RateTotal> rate : ticket.iepsTotals().entrySet()) {
            List<LineTaxes> at = ticket.lines().stream()
                    .filter(l -> l.rates().ieps().filter(rate.getKey()::equals).isPresent()).toList();
            assertEquals(rate.getValue(), new RateTotal(sum(at, LineTaxes::base), sum(at, LineTaxes::ieps)));
        }
    }

    @Property
    void eachLinesIvaIsWithinTwoCentavosOfTheExactTaxInItsAmount(@ForAll("tickets") List<TaxLine> lines) {
        for (LineTaxes line : engine.compute(lines).lines()) {
            BigDecimal r = line.rates().iva().rate();
            BigDecimal exact = BigDecimal.valueOf(line.amount().centavos()).multiply(r)
                    .divide(BigDecimal.ONE.add(r), 6, RoundingMode.HALF_UP);
            BigDecimal off = exact.subtract(BigDecimal.valueOf(line.iva().centavos())).abs();
            assertTrue(off.compareTo(BigDecimal.valueOf(2)) < 0, () -> "IVA off by " + off + " on " + line);
        }
    }

    @Property
    void aSingleRateTicketsIvaIsTheRoundedExactTaxOfItsTotal(@ForAll("tickets") List<TaxLine> lines) {
        List<TaxLine> oneRate = lines.stream()
                .map(l -> new TaxLine(l.unitPrice(), l.quantity(), l.discount(), TaxRates.IVA_16)).toList();
        TaxBreakdown ticket = engine.compute(oneRate);
        long expected = BigDecimal.valueOf(ticket.total().centavos()).multiply(new BigDecimal("16"))
                .divide(new BigDecimal("116"), 0, RoundingMode.HALF_UP).longValueExact();
        assertEquals(Money.ofCentavos(expected), ticket.totalIva());
    }

    @Provide
    Arbitrary<Integer> percent() {
        return Arbitraries.integers().between(0, 100);
    }

    private TaxBreakdown compute(List<TaxLine> lines, int ticketDiscountPercent) {
        Money beforeTicketDiscount = sum(lines, l -> l.gross().minus(l.discount()));
        return engine.compute(lines, beforeTicketDiscount.percent(BigDecimal.valueOf(ticketDiscountPercent)));
    }

    private static <T> Money sum(List<T> items, Function<T, Money> amount) {
        return Money.sum(items.stream().map(amount).toList());
    }
}
