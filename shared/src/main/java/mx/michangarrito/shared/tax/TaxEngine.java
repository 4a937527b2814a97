package mx.michangarrito.shared.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import mx.michangarrito.shared.money.Money;

/**
 * Splits tax-inclusive ticket lines into base, IEPS and IVA.
 *
 * <p>The rule (docs/decisions/0002-tax-rounding.md): discounts first (the ticket discount is allocated
 * over lines in proportion to their amounts); then, for each group of lines with the same rates, the
 * group's IVA is {@code round(amount × r / (1 + r))} and its IEPS {@code round(net × p / (1 + p))}, both
 * HALF_UP to the centavo, and the base is what remains. The group figures are then allocated over the
 * group's lines by largest remainder. So rounding happens once per rate on the ticket, line parts add
 * up exactly to the ticket totals, and base + taxes equals the amount paid, on every line and in total.
 */
public final class TaxEngine {

    /** Computes a ticket without a ticket-level discount. */
    public TaxBreakdown compute(List<TaxLine> lines) {
        return compute(lines, Money.ZERO);
    }

    /**
     * @param lines          the ticket's lines, in order
     * @param ticketDiscount a discount on the whole ticket, at most the sum of line amounts
     */
    public TaxBreakdown compute(List<TaxLine> lines, Money ticketDiscount) {
        Objects.requireNonNull(lines, "lines");
        Objects.requireNonNull(ticketDiscount, "ticketDiscount");
        int n = lines.size();
        long[] afterLineDiscount = new long[n];
        for (int i = 0; i < n; i++) {
            afterLineDiscount[i] = lines.get(i).gross().minus(lines.get(i).discount()).centavos();
        }
        Money beforeTicketDiscount = Money.ofCentavos(Arrays.stream(afterLineDiscount).sum());
        if (ticketDiscount.isNegative() || ticketDiscount.isGreaterThan(beforeTicketDiscount)) {
            throw new IllegalArgumentException("a ticket discount must be between $0.00 and " + beforeTicketDiscount);
        }
        List<Money> ticketDiscountShares = n == 0 ? List.of() : ticketDiscount.allocate(afterLineDiscount);

        Map<TaxRates, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(lines.get(i).rates(), r -> new ArrayList<>()).add(i);
        }
        LineTaxes[] result = new LineTaxes[n];
        for (Map.Entry<TaxRates, List<Integer>> group : groups.entrySet()) {
            splitGroup(group.getKey(), group.getValue(), lines, afterLineDiscount, ticketDiscountShares, result);
        }
        return totals(List.of(result));
    }

    private static void splitGroup(TaxRates rates, List<Integer> members, List<TaxLine> lines,
            long[] afterLineDiscount, List<Money> ticketDiscountShares, LineTaxes[] result) {
        long[] amounts = new long[members.size()];
        long groupAmount = 0;
        for (int k = 0; k < members.size(); k++) {
            int i = members.get(k);
            amounts[k] = afterLineDiscount[i] - ticketDiscountShares.get(i).centavos();
            groupAmount += amounts[k];
        }
        long groupIva = taxIncluded(groupAmount, rates.iva().rate());
        long groupNet = groupAmount - groupIva;
        long groupIeps = rates.ieps().map(p -> taxIncluded(groupNet, p.rate())).orElse(0L);

        List<Money> nets = Money.ofCentavos(groupNet).allocate(amounts);
        long[] netWeights = nets.stream().mapToLong(Money::centavos).toArray();
        List<Money> ieps = Money.ofCentavos(groupIeps).allocate(netWeights);
        for (int k = 0; k < members.size(); k++) {
            int i = members.get(k);
            TaxLine line = lines.get(i);
            Money amount = Money.ofCentavos(amounts[k]);
            Money net = nets.get(k);
            result[i] = new LineTaxes(line.gross(), line.discount().plus(ticketDiscountShares.get(i)), amount,
                    net.minus(ieps.get(k)), ieps.get(k), amount.minus(net), rates);
        }
    }

    /** The tax contained in a tax-inclusive amount: amount × rate / (1 + rate), HALF_UP to the centavo. */
    private static long taxIncluded(long amount, BigDecimal rate) {
        if (rate.signum() == 0) {
            return 0;
        }
        return BigDecimal.valueOf(amount).multiply(rate)
                .divide(BigDecimal.ONE.add(rate), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private static TaxBreakdown totals(List<LineTaxes> lines) {
        Map<IvaRate, RateTotal> iva = new EnumMap<>(IvaRate.class);
        Map<IepsRate, RateTotal> ieps = new HashMap<>();
        Money subtotal = Money.ZERO;
        Money discount = Money.ZERO;
        Money total = Money.ZERO;
        for (LineTaxes line : lines) {
            iva.merge(line.rates().iva(), new RateTotal(line.ivaBase(), line.iva()),
                    (a, b) -> a.add(b.base(), b.tax()));
            line.rates().ieps().ifPresent(rate -> ieps.merge(rate, new RateTotal(line.base(), line.ieps()),
                    (a, b) -> a.add(b.base(), b.tax())));
            subtotal = subtotal.plus(line.base());
            discount = discount.plus(line.discount());
            total = total.plus(line.amount());
        }
        return new TaxBreakdown(lines, iva, ieps, subtotal, discount, total);
    }
}
