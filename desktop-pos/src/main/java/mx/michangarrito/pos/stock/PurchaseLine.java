package mx.michangarrito.pos.stock;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;

/**
 * One product of a purchase received from a supplier.
 *
 * @param quantity  positive, at most 3 decimals
 * @param unitCost  what one unit cost this time, if known (it becomes the product's cost)
 */
public record PurchaseLine(UUID productId, BigDecimal quantity, Optional<Money> unitCost) {

    public PurchaseLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(unitCost, "unitCost");
        if (quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 3) {
            throw StockException.badQuantity(quantity);
        }
        if (unitCost.isPresent() && unitCost.get().isNegative()) {
            throw StockException.badCost(unitCost.get());
        }
    }
}
