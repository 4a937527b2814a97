package mx.michangarrito.pos.fiado;

import java.util.Locale;
import mx.michangarrito.pos.error.PosException;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.text.UserMessage;

/** A customer or fiado operation refused: over the limit, overpaid, unknown or inactive customer, bad data, role. */
public final class FiadoException extends PosException {

    static final String BUNDLE = "mx.michangarrito.pos.fiado.messages";

    /** Why; each has a text under {@code fiado.<name>}. */
    public enum Reason {
        OVER_LIMIT, NO_CREDIT, OVERPAYMENT, INACTIVE_CUSTOMER, UNKNOWN_CUSTOMER, BAD_AMOUNT, INVALID_NAME,
        INVALID_PHONE, INVALID_LIMIT, NOTE_TOO_LONG, BAD_PERIOD, LIMIT_NEEDS_MANAGER, REASON_REQUIRED;

        String key() {
            return "fiado." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    private FiadoException(Reason reason, String technical, Object... args) {
        super(technical, UserMessage.of(BUNDLE, reason.key(), args), null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static FiadoException overLimit(Customer customer, Money balance, Money amount) {
        Money available = Money.max(Money.ZERO, customer.creditLimit().minus(balance));
        return new FiadoException(Reason.OVER_LIMIT, "charge " + amount + " to " + customer.id() + " exceeds limit "
                + customer.creditLimit() + " (balance " + balance + ")", customer.name(), available.format(),
                customer.creditLimit().format(), amount.format());
    }

    static FiadoException noCredit(Customer customer, Money amount) {
        return new FiadoException(Reason.NO_CREDIT, "customer " + customer.id() + " has no credit limit; charge "
                + amount, customer.name(), amount.format());
    }

    static FiadoException overpayment(Customer customer, Money balance, Money amount) {
        Money owed = Money.max(Money.ZERO, balance);
        return new FiadoException(Reason.OVERPAYMENT, "payment " + amount + " by " + customer.id()
                + " exceeds balance " + balance, customer.name(), owed.format(), amount.format());
    }

    static FiadoException inactive(Customer customer) {
        return new FiadoException(Reason.INACTIVE_CUSTOMER, "customer " + customer.id() + " is inactive",
                customer.name());
    }

    static FiadoException unknownCustomer(Object id) {
        return new FiadoException(Reason.UNKNOWN_CUSTOMER, "no customer " + id);
    }

    static FiadoException badAmount(Money amount) {
        return new FiadoException(Reason.BAD_AMOUNT, "fiado amount must be positive: " + amount,
                String.valueOf(amount));
    }

    static FiadoException invalidName(String name) {
        return new FiadoException(Reason.INVALID_NAME, "invalid customer name: '" + name + "'", String.valueOf(name));
    }

    static FiadoException invalidPhone(String phone) {
        return new FiadoException(Reason.INVALID_PHONE, "invalid phone: '" + phone + "'", phone);
    }

    static FiadoException invalidLimit(Money limit) {
        return new FiadoException(Reason.INVALID_LIMIT, "credit limit must not be negative: " + limit,
                String.valueOf(limit));
    }

    static FiadoException noteTooLong(int length, int max) {
        return new FiadoException(Reason.NOTE_TOO_LONG, "note of " + length + " characters, max " + max,
                String.valueOf(max));
    }

    static FiadoException badPeriod(Object from, Object to) {
        return new FiadoException(Reason.BAD_PERIOD, "statement period from " + from + " to " + to,
                String.valueOf(from), String.valueOf(to));
    }

    static FiadoException limitNeedsManager(Object userId) {
        return new FiadoException(Reason.LIMIT_NEEDS_MANAGER, "user " + userId + " may not change credit limits");
    }

    static FiadoException reasonRequired() {
        return new FiadoException(Reason.REASON_REQUIRED, "deactivating a customer needs a reason");
    }
}
