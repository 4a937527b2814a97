package mx.michangarrito.pos.catalog;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.sync.ProductAction;
import org.hibernate.Session;

/**
 * Writes products inside the caller's transaction, refusing duplicates, recording price changes and
 * queueing a {@link ProductCommand} for the cloud, which passes it on to the shop's other counters.
 */
final class ProductWriter {

    /** A product just added, with the stored form of each barcode written for it (for the search index). */
    record Written(Product product, List<String> codes) {
    }

    private final UuidV7Generator ids;
    private final Outbox outbox;

    ProductWriter(UuidV7Generator ids, Outbox outbox) {
        this.ids = ids;
        this.outbox = outbox;
    }

    Written create(Session session, ProductDraft draft, Instant now, Optional<UUID> by) {
        UUID id = ids.next();
        return insert(session, id, checkUnique(session, id, draft), draft, now, by);
    }

    /**
     * Adds a product whose barcodes, SKU and scale code the caller has already checked against the catalog
     * (a CSV import checks every row at once); the database's unique keys still refuse a duplicate.
     */
    Written createChecked(Session session, ProductDraft draft, Instant now, Optional<UUID> by) {
        Set<BarcodeKey> barcodes = new LinkedHashSet<>();
        for (String code : draft.barcodes()) {
            barcodes.add(BarcodeKey.forSaving(code));
        }
        return insert(session, ids.next(), barcodes, draft, now, by);
    }

    private Written insert(Session session, UUID id, Set<BarcodeKey> barcodes, ProductDraft draft, Instant now,
            Optional<UUID> by) {
        Product product = new Product(id, draft, now);
        session.persist(product);
        barcodes.forEach(key -> session.persist(new ProductBarcode(key, id)));
        session.persist(new PriceChange(ids.next(), id, now, by.orElse(null), null, draft.price().centavos(),
                null, draft.cost().centavos()));
        queue(session, ProductAction.CREATE, null, product, barcodes, now, by);
        return new Written(product, barcodes.stream().map(BarcodeKey::code).toList());
    }

    Product update(Session session, UUID id, long loadedVersion, ProductDraft draft, Instant now, Optional<UUID> by) {
        Product product = session.find(Product.class, id);
        if (product == null) {
            throw CatalogException.unknownProduct(id);
        }
        if (product.version() != loadedVersion) {
            throw CatalogException.editedElsewhere(product.name());
        }
        Set<BarcodeKey> barcodes = checkUnique(session, id, draft);
        long oldPrice = product.price().centavos();
        long oldCost = product.cost().centavos();
        product.apply(draft, now);
        replaceBarcodes(session, id, barcodes);
        if (oldPrice != draft.price().centavos() || oldCost != draft.cost().centavos()) {
            session.persist(new PriceChange(ids.next(), id, now, by.orElse(null), oldPrice, draft.price().centavos(),
                    oldCost, draft.cost().centavos()));
        }
        session.flush();
        queue(session, ProductAction.EDIT, loadedVersion, product, barcodes, now, by);
        return product;
    }

    /** Queues a product whose cost a purchase changed, so the cloud and the other counters get the new cost. */
    void costChanged(Session session, Product product, long basedOn, Instant now, Optional<UUID> by) {
        session.flush();
        Set<BarcodeKey> barcodes = new LinkedHashSet<>();
        for (ProductBarcode b : session.createSelectionQuery("from ProductBarcode where productId = :id order by code",
                ProductBarcode.class).setParameter("id", product.id()).getResultList()) {
            barcodes.add(BarcodeKey.forSaving(b.code()));
        }
        queue(session, ProductAction.EDIT, basedOn, product, barcodes, now, by);
    }

    private void queue(Session session, ProductAction action, Long basedOn, Product product, Set<BarcodeKey> barcodes,
            Instant now, Optional<UUID> by) {
        String categoryName = product.categoryId().map(c -> session.find(Category.class, c)).map(Category::name)
                .orElse(null);
        outbox.append(session, ProductCommand.of(ids.next(), action, basedOn, product, categoryName,
                barcodes.stream().map(BarcodeKey::code).toList(), by.orElse(null), now));
    }

    private static void replaceBarcodes(Session session, UUID id, Set<BarcodeKey> wanted) {
        Set<String> kept = new java.util.HashSet<>();
        for (ProductBarcode current : session.createSelectionQuery("from ProductBarcode where productId = :id",
                ProductBarcode.class).setParameter("id", id).getResultList()) {
            if (wanted.stream().anyMatch(key -> key.code().equals(current.code()))) {
                kept.add(current.code());
            } else {
                session.remove(current);
            }
        }
        session.flush(); // removals first, so a code moved between products never collides
        wanted.stream().filter(key -> !kept.contains(key.code()))
                .forEach(key -> session.persist(new ProductBarcode(key, id)));
    }

    private static Set<BarcodeKey> checkUnique(Session session, UUID id, ProductDraft draft) {
        Set<BarcodeKey> keys = new LinkedHashSet<>();
        for (String code : draft.barcodes()) {
            keys.add(BarcodeKey.forSaving(code));
        }
        for (BarcodeKey key : keys) {
            ProductBarcode existing = session.find(ProductBarcode.class, key.code());
            if (existing != null && !existing.productId().equals(id)) {
                throw CatalogException.duplicateBarcode(key.code(), nameOf(session, existing.productId()));
            }
        }
        if (draft.sku().isPresent()) {
            otherWith(session, "sku", draft.sku().get(), id)
                    .ifPresent(other -> { throw CatalogException.duplicateSku(draft.sku().get(), other.name()); });
        }
        if (draft.scaleItemCode().isPresent()) {
            otherWith(session, "scaleItemCode", draft.scaleItemCode().get(), id)
                    .ifPresent(other -> { throw CatalogException.duplicateScaleCode(draft.scaleItemCode().get(), other.name()); });
        }
        return keys;
    }

    private static Optional<Product> otherWith(Session session, String field, String value, UUID id) {
        List<Product> found = session.createSelectionQuery("from Product where " + field + " = :v and id <> :id",
                Product.class).setParameter("v", value).setParameter("id", id).getResultList();
        return found.stream().findFirst();
    }

    private static String nameOf(Session session, UUID productId) {
        Product other = session.find(Product.class, productId);
        return other == null ? productId.toString() : other.name();
    }
}
