package mx.michangarrito.pos.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.sync.BarcodeState;
import mx.michangarrito.shared.sync.CategoryState;
import mx.michangarrito.shared.sync.ProductState;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.TaxRates;
import org.hibernate.Session;

/**
 * Applies the cloud's catalog records to this terminal inside the caller's transaction (the pull's
 * page). Unlike {@link CatalogService} it queues nothing in the outbox: a change that came from the
 * cloud must not go back up (no echo loop). Price changes are still recorded in the price history.
 */
public final class CatalogReplica {

    private static final System.Logger LOG = System.getLogger(CatalogReplica.class.getName());

    private final UuidV7Generator ids;

    public CatalogReplica(UuidV7Generator ids) {
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Makes the product as the cloud has it; false (and nothing changed) if the state cannot be a
     * product here (an unknown unit, a bad field), which is logged.
     */
    public boolean apply(Session session, ProductState state, Instant now) {
        ProductDraft draft;
        try {
            draft = new ProductDraft(state.name(), Optional.ofNullable(state.sku()), List.of(),
                    Optional.ofNullable(state.categoryId()).filter(c -> session.find(Category.class, c) != null),
                    Unit.valueOf(state.unit()), state.soldByWeight(), state.iepsPercent() == null
                            ? TaxRates.of(state.iva()) : TaxRates.of(state.iva(), new IepsRate(state.iepsPercent())),
                    Money.ofCentavos(state.costCentavos()), Money.ofCentavos(state.priceCentavos()), state.minStock(),
                    Optional.ofNullable(state.scaleItemCode()), state.active());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "cloud product {0} not applicable here: {1}", state.productId(),
                    e.getMessage());
            return false;
        }
        UUID id = state.productId();
        // The cloud's codes win: a local product holding the same SKU or scale code gives it up.
        draft.sku().ifPresent(sku -> release(session, "sku", sku, id));
        draft.scaleItemCode().ifPresent(code -> release(session, "scaleItemCode", code, id));
        Product product = session.find(Product.class, id);
        if (product == null) {
            product = new Product(id, draft, now);
            session.persist(product);
            session.persist(new PriceChange(ids.next(), id, now, null, null, draft.price().centavos(), null,
                    draft.cost().centavos()));
            return true;
        }
        long oldPrice = product.price().centavos();
        long oldCost = product.cost().centavos();
        product.apply(draft, now);
        if (oldPrice != draft.price().centavos() || oldCost != draft.cost().centavos()) {
            session.persist(new PriceChange(ids.next(), id, now, null, oldPrice, draft.price().centavos(), oldCost,
                    draft.cost().centavos()));
        }
        return true;
    }

    private static void release(Session session, String field, String value, UUID keeper) {
        for (Product other : session.createSelectionQuery("from Product where " + field + " = :v and id <> :id",
                Product.class).setParameter("v", value).setParameter("id", keeper).getResultList()) {
            ProductDraft without = draftOf(other, field.equals("sku") ? Optional.empty() : other.sku(),
                    field.equals("sku") ? other.scaleItemCode() : Optional.empty());
            other.apply(without, other.updatedAt());
        }
        session.flush();
    }

    private static ProductDraft draftOf(Product p, Optional<String> sku, Optional<String> scaleCode) {
        return new ProductDraft(p.name(), sku, List.of(), p.categoryId(), p.unit(), p.soldByWeight(), p.taxes(),
                p.cost(), p.price(), p.minStock(), scaleCode, p.active());
    }

    /** Points the code at the cloud's product; false if that product is not here (it is logged). */
    public boolean apply(Session session, BarcodeState state) {
        if (session.find(Product.class, state.productId()) == null) {
            LOG.log(System.Logger.Level.WARNING, "barcode {0} names product {1}, unknown here", state.code(),
                    state.productId());
            return false;
        }
        ProductBarcode current = session.find(ProductBarcode.class, state.code());
        if (current != null && current.productId().equals(state.productId())) {
            return true;
        }
        ProductBarcode.Kind kind = current != null ? current.kind() : kindOf(state.code());
        if (current != null) {
            session.remove(current);
            session.flush();
        }
        session.persist(new ProductBarcode(new BarcodeKey(state.code(), kind), state.productId()));
        return true;
    }

    private static ProductBarcode.Kind kindOf(String code) {
        return code.length() == 14 && BarcodeKey.looksLikeGtin(code) ? ProductBarcode.Kind.GTIN
                : ProductBarcode.Kind.INTERNAL;
    }

    /** Removes the code; the product of a removed code, if it was here. */
    public Optional<UUID> removeBarcode(Session session, String code) {
        ProductBarcode current = session.find(ProductBarcode.class, code);
        if (current == null) {
            return Optional.empty();
        }
        session.remove(current);
        return Optional.of(current.productId());
    }

    /** The product a code rings up here, if any. */
    public Optional<UUID> productOfBarcode(Session session, String code) {
        return Optional.ofNullable(session.find(ProductBarcode.class, code)).map(ProductBarcode::productId);
    }

    /**
     * Makes the category as the cloud has it. A category of this counter with the same name under
     * another id is merged into it: its products move over and it goes.
     */
    public void apply(Session session, CategoryState state, Instant now) {
        String name = state.name() == null ? "" : state.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            LOG.log(System.Logger.Level.WARNING, "cloud category {0} has an unusable name", state.categoryId());
            return;
        }
        List<Category> sameName = session.createSelectionQuery("from Category where nameKey = :key and id <> :id",
                Category.class).setParameter("key", SearchText.of(name)).setParameter("id", state.categoryId())
                .getResultList();
        for (Category same : sameName) {
            same.rename("~" + same.id()); // out of the way of the name while its products move
        }
        session.flush();
        Category category = session.find(Category.class, state.categoryId());
        if (category == null) {
            session.persist(new Category(state.categoryId(), name, now));
        } else {
            category.rename(name);
        }
        session.flush();
        for (Category same : sameName) {
            session.createMutationQuery("update Product set categoryId = :to where categoryId = :from")
                    .setParameter("to", state.categoryId()).setParameter("from", same.id()).executeUpdate();
            session.remove(same);
        }
    }

    /** The live barcodes of this counter, in stored form (for a full resync). */
    public List<String> allBarcodes(Session session) {
        return session.createSelectionQuery("select code from ProductBarcode", String.class).getResultList();
    }
}
