package mx.michangarrito.pos.receipt;

import java.util.List;
import java.util.Objects;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.shared.money.Money;

/**
 * One sale's ticket as it is printed: the stored sale, who rang it up, the fiado balances after it,
 * and whether this copy is a reprint.
 *
 * @param sale         the stored sale
 * @param cashier      the cashier's display name
 * @param fiadoBalances for each fiado account charged, its balance after the sale
 * @param reprint      a copy printed again: marked "REIMPRESIÓN"
 */
public record SaleTicket(CompletedSale sale, String cashier, List<FiadoBalance> fiadoBalances, boolean reprint) {

    public SaleTicket {
        Objects.requireNonNull(sale, "sale");
        Objects.requireNonNull(cashier, "cashier");
        fiadoBalances = List.copyOf(fiadoBalances);
    }

    /** The same ticket marked as a reprint. */
    public SaleTicket asReprint() {
        return new SaleTicket(sale, cashier, fiadoBalances, true);
    }

    /** What a fiado customer owes after this sale. */
    public record FiadoBalance(String customer, Money balance) {
        public FiadoBalance {
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(balance, "balance");
        }
    }
}
