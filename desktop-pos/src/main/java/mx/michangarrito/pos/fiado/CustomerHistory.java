package mx.michangarrito.pos.fiado;

import java.time.Instant;
import java.util.Optional;
import mx.michangarrito.shared.money.Money;

/**
 * One change an auditor follows on a customer's card: a credit limit set or changed (old → new), or the
 * account deactivated or reactivated; when, by whom (the user's name as it is now) and why.
 *
 * @param oldLimit empty for the limit the customer was created with and for status changes
 * @param newLimit the limit set; empty for status changes
 * @param active   for status changes, the state the customer was put in
 */
public record CustomerHistory(Instant at, Optional<String> by, Optional<Money> oldLimit, Optional<Money> newLimit,
        Optional<Boolean> active, Optional<String> reason) {

    static CustomerHistory of(LimitChange c, Optional<String> by) {
        return new CustomerHistory(c.changedAt(), by, c.oldLimit(), Optional.of(c.newLimit()), Optional.empty(),
                c.reason());
    }

    static CustomerHistory of(CustomerStatusChange c, Optional<String> by) {
        return new CustomerHistory(c.changedAt(), by, Optional.empty(), Optional.empty(), Optional.of(c.active()),
                c.reason());
    }

    /** True for a limit change, false for a deactivation or reactivation. */
    public boolean isLimitChange() {
        return newLimit.isPresent();
    }
}
