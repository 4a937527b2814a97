package mx.michangarrito.pos.cash;

import mx.michangarrito.pos.error.PosException;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.text.UserMessage;

/** A shift or drawer operation refused. */
public final class CashException extends PosException {

    static final String BUNDLE = "mx.michangarrito.pos.cash.messages";

    /** Why; each has a text under {@code cash.<name>}. */
    public enum Reason {
        NO_OPEN_SHIFT, SHIFT_CLOSED, SHIFT_ALREADY_OPEN, BAD_AMOUNT, REASON_REQUIRED, NOT_ENOUGH_CASH, UNKNOWN_SHIFT;

        String key() {
            return "cash." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    private CashException(Reason reason, String technical, Object... args) {
        super(technical, UserMessage.of(BUNDLE, reason.key(), args), null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public static CashException noOpenShift() {
        return new CashException(Reason.NO_OPEN_SHIFT, "no shift is open");
    }

    public static CashException shiftClosed(Object shiftId) {
        return new CashException(Reason.SHIFT_CLOSED, "shift " + shiftId + " is closed");
    }

    static CashException alreadyOpen() {
        return new CashException(Reason.SHIFT_ALREADY_OPEN, "a shift is already open");
    }

    static CashException badAmount(Money amount) {
        return new CashException(Reason.BAD_AMOUNT, "bad amount " + amount, String.valueOf(amount));
    }

    static CashException reasonRequired() {
        return new CashException(Reason.REASON_REQUIRED, "a reason is required");
    }

    static CashException notEnoughCash(Money wanted, Money inDrawer) {
        return new CashException(Reason.NOT_ENOUGH_CASH, "cash out " + wanted + " > " + inDrawer, wanted, inDrawer);
    }

    public static CashException unknownShift(Object shiftId) {
        return new CashException(Reason.UNKNOWN_SHIFT, "no shift " + shiftId);
    }
}
