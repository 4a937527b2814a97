package mx.michangarrito.pos.catalog;

import java.util.Optional;

/**
 * Where a product is on the quick-key grid: {@code number} of {@code count} in its category's tab.
 *
 * @param categoryName empty for products without a category
 */
public record QuickKeyPlace(int number, int count, Optional<String> categoryName) {
}
