package mx.michangarrito.pos.corte;

import java.util.Optional;
import mx.michangarrito.shared.money.Money;

/**
 * One tender in the corte: what the system expects, what was counted (once closed) and the difference
 * (positive = sobrante, negative = faltante).
 */
public record TenderFigures(Money expected, Optional<Money> counted) {

    public Optional<Money> difference() {
        return counted.map(c -> c.minus(expected));
    }
}
