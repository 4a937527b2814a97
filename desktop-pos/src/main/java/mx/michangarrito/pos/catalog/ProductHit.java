package mx.michangarrito.pos.catalog;

import java.util.UUID;
import mx.michangarrito.shared.money.Money;

/**
 * A search result, as the search box lists it.
 *
 * @param id    the product
 * @param name  its name as written
 * @param sku   its SKU or ""
 * @param price its shelf price
 */
public record ProductHit(UUID id, String name, String sku, Money price) {
}
