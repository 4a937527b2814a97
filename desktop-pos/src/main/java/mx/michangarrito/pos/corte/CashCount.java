package mx.michangarrito.pos.corte;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import mx.michangarrito.pos.cash.Denomination;
import mx.michangarrito.shared.money.Money;

/**
 * The cash counted in the drawer, by denomination.
 *
 * @param pieces how many of each bill or coin (missing = none)
 */
public record CashCount(Map<Denomination, Integer> pieces) {

    public CashCount {
        EnumMap<Denomination, Integer> copy = new EnumMap<>(Denomination.class);
        pieces.forEach((d, n) -> {
            if (n == null || n < 0) {
                throw new IllegalArgumentException("a count of " + d + " cannot be " + n);
            }
            if (n > 0) {
                copy.put(d, n);
            }
        });
        pieces = Collections.unmodifiableMap(copy);
    }

    public Money total() {
        Money total = Money.ZERO;
        for (Map.Entry<Denomination, Integer> e : pieces.entrySet()) {
            total = total.plus(e.getKey().value().times(e.getValue()));
        }
        return total;
    }
}
