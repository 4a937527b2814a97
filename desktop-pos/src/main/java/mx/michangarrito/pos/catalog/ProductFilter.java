package mx.michangarrito.pos.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Which products the catalog list shows.
 *
 * @param text       words of the name, or a SKU or barcode; blank for all
 * @param categoryId only this category, if present
 * @param status     active, inactive or both
 * @param lowOnly    only products at or below their minimum stock
 */
public record ProductFilter(String text, Optional<UUID> categoryId, Status status, boolean lowOnly) {

    /** Whether to list active products, inactive ones, or both. */
    public enum Status { ACTIVE, INACTIVE, ALL }

    public static final ProductFilter ALL_ACTIVE = new ProductFilter("", Optional.empty(), Status.ACTIVE, false);

    public ProductFilter {
        text = text == null ? "" : text.strip();
        Objects.requireNonNull(categoryId, "categoryId");
        Objects.requireNonNull(status, "status");
    }
}
