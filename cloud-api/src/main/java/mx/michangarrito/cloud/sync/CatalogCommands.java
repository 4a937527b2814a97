package mx.michangarrito.cloud.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.shared.sync.BarcodeState;
import mx.michangarrito.shared.sync.CategoryCommanded;
import mx.michangarrito.shared.sync.CategoryState;
import mx.michangarrito.shared.sync.CustomerChanged;
import mx.michangarrito.shared.sync.CustomerState;
import mx.michangarrito.shared.sync.ProductCommanded;
import mx.michangarrito.shared.sync.ProductState;
import mx.michangarrito.shared.sync.Tombstone;

/**
 * Applies terminal-born catalog and customer changes to the shop's cloud records, so they reach the
 * other terminals through pull. The last command received wins; a command that leaves a record as it
 * is (the sending terminal's own change coming back, a resend) emits nothing.
 */
final class CatalogCommands {

    static final String PRODUCT_INVALID = "product.invalid";
    static final String CATEGORY_INVALID = "category.invalid";

    private final ChangeLogRepository changes;

    CatalogCommands(ChangeLogRepository changes) {
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /** Why the cloud will not apply {@code c}, or empty. */
    static Optional<String> rejection(ProductCommanded c) {
        ProductState p = c.product();
        if (c.action() == null || p == null || p.productId() == null || c.barcodes() == null || c.at() == null
                || p.unit() == null || p.iva() == null || p.minStock() == null) {
            return Optional.of(PushRules.MISSING_FIELD);
        }
        boolean bad = p.name() == null || p.name().isBlank() || p.name().length() > 200
                || p.priceCentavos() < 0 || p.costCentavos() < 0 || p.minStock().signum() < 0
                || c.barcodes().stream().anyMatch(b -> b == null || b.isBlank() || b.length() > 48)
                || (p.categoryId() != null && (c.categoryName() == null || c.categoryName().isBlank()));
        return bad ? Optional.of(PRODUCT_INVALID) : Optional.empty();
    }

    /**
     * Applies the command. Records referring to one that changed are moved after it (products after
     * their renamed category, barcodes after their product), so every live record's sequence is above
     * the sequences of the records it refers to and a terminal applying in order always has the parent.
     */
    void apply(Tx tx, ProductCommanded c, Instant now) {
        ProductState p = c.product();
        boolean categoryChanged = p.categoryId() != null
                && putCategory(tx, p.categoryId(), c.categoryName(), p.productId().toString(), now);
        boolean productChanged = changes.put(tx, p, now);
        if (!productChanged && categoryChanged) {
            changes.touch(tx, ProductState.KIND, p.productId().toString(), now);
            productChanged = true;
        }
        for (String code : changes.barcodesOf(tx, p.productId())) {
            if (!c.barcodes().contains(code)) {
                changes.put(tx, new Tombstone(BarcodeState.KIND, code), now);
            }
        }
        for (String code : c.barcodes()) {
            if (!changes.put(tx, new BarcodeState(code, p.productId()), now) && productChanged) {
                changes.touch(tx, BarcodeState.KIND, code, now);
            }
        }
    }

    /** Why the cloud will not apply {@code c}, or empty. */
    static Optional<String> rejection(CategoryCommanded c) {
        if (c.categoryId() == null || c.name() == null || c.at() == null) {
            return Optional.of(PushRules.MISSING_FIELD);
        }
        return c.name().isBlank() || c.name().strip().length() > 100 ? Optional.of(CATEGORY_INVALID) : Optional.empty();
    }

    /** A category created or renamed at a terminal: its products (and their barcodes) move after it. */
    void apply(Tx tx, CategoryCommanded c, Instant now) {
        putCategory(tx, c.categoryId(), c.name(), null, now);
    }

    /**
     * Stores the category's name; if that changed it, moves its products except {@code exceptProduct}
     * (which the caller stores next) and their barcodes after it.
     */
    private boolean putCategory(Tx tx, UUID categoryId, String name, String exceptProduct, Instant now) {
        if (!changes.put(tx, new CategoryState(categoryId, name.strip()), now)) {
            return false;
        }
        for (String other : changes.keysWhere(tx, ProductState.KIND, "categoryId", categoryId.toString())) {
            if (!other.equals(exceptProduct)) {
                changes.touch(tx, ProductState.KIND, other, now);
                for (String code : changes.barcodesOf(tx, UUID.fromString(other))) {
                    changes.touch(tx, BarcodeState.KIND, code, now);
                }
            }
        }
        return true;
    }

    void apply(Tx tx, CustomerChanged c, Instant now) {
        changes.put(tx, new CustomerState(c.customerId(), c.name(), c.phone(), c.creditLimitCentavos(), c.note(),
                c.active()), now);
    }
}
