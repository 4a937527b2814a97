package mx.michangarrito.pos.stock;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A stock change to record.
 *
 * @param quantity    signed, non-zero, at most 3 decimals
 * @param referenceId the sale, return, void or purchase behind it
 */
public record StockChange(UUID productId, BigDecimal quantity, MovementReason reason, Optional<UUID> referenceId,
        Optional<String> note, Optional<UUID> userId) {

    public StockChange {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(reason, "reason");
        if (quantity.signum() == 0 || quantity.stripTrailingZeros().scale() > 3) {
            throw StockException.badQuantity(quantity);
        }
        quantity = quantity.setScale(3);
        note = note.map(String::strip).filter(n -> !n.isEmpty()).map(n -> n.length() > 500 ? n.substring(0, 500) : n);
    }
}
