package mx.michangarrito.pos.receipt;

import java.time.Instant;
import java.util.Objects;
import mx.michangarrito.pos.fiado.PaymentTender;
import mx.michangarrito.shared.money.Money;

/**
 * What a fiado payment's receipt says: who paid, how much and how, the balance before and after.
 *
 * @param folio a short reference of the payment's ledger entry
 * @param at    when it was recorded (UTC; printed in the shop's zone)
 */
public record PaymentTicket(String customer, Money amount, PaymentTender tender, Money before, Money after,
        String folio, Instant at, String cashier) {

    public PaymentTicket {
        Objects.requireNonNull(customer, "customer");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(tender, "tender");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(folio, "folio");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(cashier, "cashier");
    }
}
