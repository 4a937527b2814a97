package mx.michangarrito.pos.stock;

import java.math.BigDecimal;
import mx.michangarrito.pos.error.PosException;
import mx.michangarrito.shared.text.UserMessage;

/** A stock operation refused. */
public final class StockException extends PosException {

    static final String BUNDLE = "mx.michangarrito.pos.stock.messages";

    /** Why; each has a text under {@code stock.<name>}. */
    public enum Reason {
        BAD_QUANTITY, UNKNOWN_PRODUCT, NOTE_REQUIRED, BAD_COST, EMPTY_PURCHASE;

        String key() {
            return "stock." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    private StockException(Reason reason, String technical, Object... args) {
        super(technical, UserMessage.of(BUNDLE, reason.key(), args), null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    static StockException badQuantity(BigDecimal quantity) {
        return new StockException(Reason.BAD_QUANTITY, "bad stock quantity " + quantity, String.valueOf(quantity));
    }

    static StockException unknownProduct(Object id) {
        return new StockException(Reason.UNKNOWN_PRODUCT, "no product " + id);
    }

    static StockException noteRequired() {
        return new StockException(Reason.NOTE_REQUIRED, "an adjustment needs a reason");
    }

    static StockException badCost(Object cost) {
        return new StockException(Reason.BAD_COST, "negative cost " + cost, String.valueOf(cost));
    }

    static StockException emptyPurchase() {
        return new StockException(Reason.EMPTY_PURCHASE, "a purchase needs at least one line");
    }
}
