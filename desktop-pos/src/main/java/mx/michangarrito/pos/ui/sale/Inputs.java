package mx.michangarrito.pos.ui.sale;

import java.math.BigDecimal;
import java.util.Optional;
import mx.michangarrito.pos.sale.Discount;
import mx.michangarrito.shared.money.MoneyFormat;

/** What a cashier types into a quantity or discount prompt, read strictly; empty when it is not a number. */
final class Inputs {

    private Inputs() {
    }

    /** "3", "1.250" (kg), "0.5": positive, at most 3 decimals. */
    static Optional<BigDecimal> quantity(String text) {
        if (text == null || !text.strip().matches("\\d{1,6}(\\.\\d{1,3})?|\\.\\d{1,3}")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(text.strip());
        return value.signum() > 0 ? Optional.of(value) : Optional.empty();
    }

    /**
     * "10%" is a percentage, "$5", "5" or "5.50" an amount; an empty text removes the discount.
     *
     * @throws mx.michangarrito.shared.money.InvalidAmountException for an amount that cannot be read
     * @throws mx.michangarrito.pos.sale.SaleException for a percentage above 100
     */
    static Optional<Discount> discount(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.of(Discount.NONE);
        }
        if (t.endsWith("%")) {
            String number = t.substring(0, t.length() - 1).strip();
            if (!number.matches("\\d{1,3}(\\.\\d{1,2})?")) {
                return Optional.empty();
            }
            return Optional.of(new Discount.Percent(new BigDecimal(number)));
        }
        return Optional.of(new Discount.Amount(MoneyFormat.parse(t)));
    }
}
