package mx.michangarrito.pos.sale;

import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.error.PosException;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.text.UserMessage;

/** A sale, void, return or parked-cart operation refused; nothing was written. */
public final class SaleException extends PosException {

    static final String BUNDLE = "mx.michangarrito.pos.sale.messages";

    /** Why; each has a text under {@code sale.<name>}. */
    public enum Reason {
        EMPTY_CART, BAD_QUANTITY, BAD_DISCOUNT, DISCOUNT_NEEDS_MANAGER, BAD_TENDER, TENDER_SHORT,
        NON_CASH_OVERPAYMENT, CARD_NEEDS_AUTHORISATION, FIADO_NEEDS_CUSTOMER, UNKNOWN_SALE, ALREADY_VOIDED,
        VOID_OTHER_SHIFT, VOID_AFTER_RETURN, RETURN_TOO_MUCH, RETURN_OF_VOIDED, REASON_REQUIRED, UNKNOWN_PARKED,
        REFUND_FIADO_WITHOUT_CUSTOMER;

        String key() {
            return "sale." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    private SaleException(Reason reason, String technical, Object... args) {
        super(technical, UserMessage.of(BUNDLE, reason.key(), args), null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static SaleException of(Reason reason, String technical, Object... args) {
        return new SaleException(reason, technical, args);
    }

    static SaleException badQuantity(String quantity) {
        return of(Reason.BAD_QUANTITY, "bad quantity " + quantity, quantity);
    }

    static SaleException badDiscount(String discount) {
        return of(Reason.BAD_DISCOUNT, "bad discount " + discount, discount);
    }

    static SaleException badTender(TenderKind kind, Money amount) {
        return of(Reason.BAD_TENDER, "bad " + kind + " tender " + amount, String.valueOf(amount));
    }

    static SaleException cardNeedsAuthorisation() {
        return of(Reason.CARD_NEEDS_AUTHORISATION, "card tender without authorisation number");
    }

    static SaleException fiadoNeedsCustomer() {
        return of(Reason.FIADO_NEEDS_CUSTOMER, "fiado tender without customer");
    }

    static SaleException tenderShort(Money total, Money paid) {
        return of(Reason.TENDER_SHORT, "paid " + paid + " of " + total, total, paid, total.minus(paid));
    }
}
