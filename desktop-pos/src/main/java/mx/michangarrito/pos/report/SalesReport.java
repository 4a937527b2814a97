package mx.michangarrito.pos.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import mx.michangarrito.pos.fiado.AgingRow;
import mx.michangarrito.shared.money.Money;

/**
 * What the shop sold in a period, net of voids and returns: a voided sale counts nowhere (voids happen in
 * the sale's own shift), a return is subtracted on the day, hour and cashier of its return slip's time and
 * from the products and tax rates it gave back. All amounts include taxes unless named "base".
 *
 * @param period     the days covered
 * @param totals     the period's figures
 * @param byDay      every day of the period, also those without sales
 * @param byHour     the 24 hours of the day, summed over the period
 * @param products   products by net amount, highest first
 * @param taxes      IVA and IEPS by rate
 * @param cashiers   net sales by the cashier who rang them up, highest first
 * @param margin     margin over the products that have a cost
 * @param fiados     what customers owe at the end of the period, most overdue first
 */
public record SalesReport(ReportPeriod period, Totals totals, List<DayRow> byDay, List<HourRow> byHour,
        List<ProductRow> products, List<TaxRow> taxes, List<CashierRow> cashiers, Margin margin, List<AgingRow> fiados) {

    public SalesReport {
        byDay = List.copyOf(byDay);
        byHour = List.copyOf(byHour);
        products = List.copyOf(products);
        taxes = List.copyOf(taxes);
        cashiers = List.copyOf(cashiers);
        fiados = List.copyOf(fiados);
    }

    /**
     * @param tickets sales completed in the period and not voided
     * @param sold    what those tickets add up to
     * @param voided  how many sales of the period were voided (not in {@code sold})
     * @param returns how many return slips were made in the period
     * @param refunded what they gave back
     * @param net     sold − refunded
     */
    public record Totals(long tickets, Money sold, long voided, long returns, Money refunded, Money net) {
    }

    public record DayRow(LocalDate day, long tickets, Money net) {
    }

    public record HourRow(int hour, long tickets, Money net) {
    }

    /**
     * @param quantity net quantity (sold − returned)
     * @param net      net amount with taxes
     * @param base     net amount without IVA and IEPS (after discounts)
     * @param unitCost the average cost of a unit sold, each line at the cost recorded when it was sold (the
     *                 catalog's current cost for lines sold before costs were recorded); zero when none had one
     * @param cost     quantity × cost over the lines with a cost
     * @param margin   base − cost over the lines with a cost; meaningless when unitCost is zero
     * @param linesWithoutRecordedCost sold lines that recorded no cost and were priced at the current one
     */
    public record ProductRow(UUID productId, String name, BigDecimal quantity, Money net, Money base, Money unitCost,
            Money cost, Money margin, long linesWithoutRecordedCost) {

        public boolean hasCost() {
            return unitCost.isPositive();
        }
    }

    /**
     * @param tax  "IVA" or "IEPS"
     * @param rate the rate code: an {@code IvaRate} name (IVA_16, IVA_8, IVA_0, EXEMPT) or the IEPS percent
     * @param base what the tax was computed on
     * @param tax  the tax collected
     */
    public record TaxRow(String kind, String rate, Money base, Money tax) {
    }

    public record CashierRow(UUID cashierId, String name, long tickets, Money net) {
    }

    /**
     * Margin = net base (without taxes, after discounts) − net quantity × the cost each sale line recorded
     * when the sale committed, so a later cost change does not move it. Lines sold before costs were
     * recorded use the catalog's current cost and are counted apart; lines without any cost are left out
     * and their base shown apart.
     *
     * @param base           net base of the lines that have a cost
     * @param cost           their net quantity × cost
     * @param margin         base − cost
     * @param baseWithoutCost net base of the lines with no cost at all
     * @param linesWithoutRecordedCost sold lines that recorded no cost and were priced at the catalog's current one
     */
    public record Margin(Money base, Money cost, Money margin, Money baseWithoutCost, long linesWithoutRecordedCost) {

        /** margin / base in percent with one decimal, zero when nothing with a cost was sold. */
        public BigDecimal percent() {
            if (base.isZero()) {
                return BigDecimal.ZERO;
            }
            return BigDecimal.valueOf(margin.centavos()).multiply(BigDecimal.valueOf(100))
                    .divide(BigDecimal.valueOf(base.centavos()), 1, java.math.RoundingMode.HALF_UP);
        }
    }
}
