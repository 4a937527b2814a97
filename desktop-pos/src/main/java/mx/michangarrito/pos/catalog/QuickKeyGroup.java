package mx.michangarrito.pos.catalog;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One tab of the quick-key grid: the quick keys of a category in the owner's order.
 *
 * @param categoryId   empty for products without a category (the last tab)
 * @param categoryName the category's name; empty for products without a category
 */
public record QuickKeyGroup(Optional<UUID> categoryId, Optional<String> categoryName, List<Item> items) {

    public QuickKeyGroup {
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(categoryName, "categoryName");
        items = List.copyOf(items);
    }

    /** One key: the product, its price (per kilogram when weighed) and whether it is weighed. */
    public record Item(UUID productId, String name, mx.michangarrito.shared.money.Money price, Unit unit,
            boolean soldByWeight) {

        static Item of(Product product) {
            return new Item(product.id(), product.name(), product.price(), product.unit(), product.soldByWeight());
        }
    }
}
