package mx.michangarrito.shared.tax;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import mx.michangarrito.shared.money.Money;

/**
 * A ticket's taxes: per line and per rate. The lines add up exactly to the totals, and
 * {@code subtotal + totalIeps + totalIva == total}.
 *
 * @param lines      per line, in the order given
 * @param ivaTotals  per IVA treatment present on the ticket (base includes IEPS), in {@link IvaRate} order
 * @param iepsTotals per IEPS rate present on the ticket, ascending by rate
 * @param subtotal   the sum of line bases (before taxes, after discounts)
 * @param discount   the sum of all discounts
 * @param total      what the customer pays
 */
public record TaxBreakdown(List<LineTaxes> lines, Map<IvaRate, RateTotal> ivaTotals,
        Map<IepsRate, RateTotal> iepsTotals, Money subtotal, Money discount, Money total) {

    public TaxBreakdown {
        lines = List.copyOf(lines);
        EnumMap<IvaRate, RateTotal> iva = new EnumMap<>(IvaRate.class);
        iva.putAll(ivaTotals);
        ivaTotals = Collections.unmodifiableMap(iva);
        iepsTotals = Collections.unmodifiableMap(new TreeMap<>(iepsTotals));
    }

    public Money totalIva() {
        return Money.sum(ivaTotals.values().stream().map(RateTotal::tax).toList());
    }

    public Money totalIeps() {
        return Money.sum(iepsTotals.values().stream().map(RateTotal::tax).toList());
    }

    public Money totalTaxes() {
        return totalIva().plus(totalIeps());
    }
}
