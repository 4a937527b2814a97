package mx.michangarrito.pos.catalog;

import java.math.BigDecimal;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;

/**
 * One line of the catalog list: the product with its category's name and its stock on hand.
 *
 * @param sku      "" when it has none
 * @param category "" when it has none
 */
public record ProductRow(UUID id, String name, String sku, String category, Money price, BigDecimal onHand,
        BigDecimal minStock, boolean active) {

    /** At or below a minimum that is set (the low-stock list's rule). */
    public boolean low() {
        return minStock.signum() > 0 && onHand.compareTo(minStock) <= 0;
    }
}
