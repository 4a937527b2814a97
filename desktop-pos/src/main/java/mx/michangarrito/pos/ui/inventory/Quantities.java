package mx.michangarrito.pos.ui.inventory;

import java.math.BigDecimal;
import java.util.Optional;

/** Quantities as typed in the inventory cards: up to 3 decimals; signed only where a sign makes sense. */
final class Quantities {

    private Quantities() {
    }

    /** "3", "1.5", "0.250": zero or more. */
    static Optional<BigDecimal> unsigned(String text) {
        String t = text == null ? "" : text.strip();
        return t.matches("\\d{1,9}(\\.\\d{1,3})?|\\.\\d{1,3}") ? Optional.of(new BigDecimal(t)) : Optional.empty();
    }

    /** "-2", "+3", "3": not zero. */
    static Optional<BigDecimal> signed(String text) {
        String t = text == null ? "" : text.strip();
        if (!t.matches("[+-]?(\\d{1,9}(\\.\\d{1,3})?|\\.\\d{1,3})")) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(t.startsWith("+") ? t.substring(1) : t);
        return value.signum() == 0 ? Optional.empty() : Optional.of(value);
    }

    static String show(BigDecimal quantity) {
        BigDecimal q = quantity.stripTrailingZeros();
        return (q.scale() < 0 ? q.setScale(0) : q).toPlainString();
    }
}
