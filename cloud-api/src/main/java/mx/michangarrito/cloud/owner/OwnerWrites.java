package mx.michangarrito.cloud.owner;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import io.helidon.http.Status;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.cloud.http.ApiException;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.cloud.http.ProblemHandlers;
import mx.michangarrito.cloud.observe.RequestContext;
import mx.michangarrito.cloud.owner.OwnerRepository.Versioned;
import mx.michangarrito.cloud.owner.OwnerViews.ProductView;
import mx.michangarrito.cloud.owner.OwnerViews.VersionConflict;
import mx.michangarrito.cloud.sync.ChangeLogRepository;
import mx.michangarrito.shared.sync.BarcodeState;
import mx.michangarrito.shared.sync.CategoryState;
import mx.michangarrito.shared.sync.ProductState;
import mx.michangarrito.shared.sync.Tombstone;

/**
 * The catalog writes of the owner's API, all inside the caller's transaction and through the change log,
 * keeping the order terminals rely on (decision 0010): a record that refers to one that changed is moved
 * after it (a product's barcodes after the product, a renamed category's products after the category).
 */
final class OwnerWrites {

    static final String VERSION_CONFLICT = "owner.version_conflict";

    /** Thrown inside a transaction (which then rolls back) when an edit started from an older version. */
    static final class Stale extends RuntimeException {

        private final transient Object current;
        private final long version;

        Stale(Object current, long version) {
            super(VERSION_CONFLICT, null, false, false);
            this.current = current;
            this.version = version;
        }
    }

    private final ChangeLogRepository changes;
    private final OwnerRepository records;

    OwnerWrites(ChangeLogRepository changes, OwnerRepository records) {
        this.changes = Objects.requireNonNull(changes, "changes");
        this.records = Objects.requireNonNull(records, "records");
    }

    ChangeLogRepository changes() {
        return changes;
    }

    /** Sends what {@code work} returns, or the 409 with the current state if it found a newer version. */
    static void send(ServerResponse response, Status status, ServerRequest request, Supplier<Object> work) {
        Object result;
        try {
            result = work.get();
        } catch (Stale stale) {
            Json.sendProblem(response, Status.CONFLICT_409.code(), new VersionConflict(
                    ProblemHandlers.type(VERSION_CONFLICT),
                    ProblemHandlers.title(request, VERSION_CONFLICT, List.of(stale.version)),
                    Status.CONFLICT_409.code(), VERSION_CONFLICT,
                    RequestContext.current().map(RequestContext::requestId).orElse(null), stale.current));
            return;
        }
        Json.send(response, status, result);
    }

    Versioned<ProductState> product(Tx tx, UUID id) {
        return records.find(tx, ProductState.KIND, id.toString(), ProductState.class)
                .orElseThrow(ApiException::notFound);
    }

    ProductView view(Tx tx, Versioned<ProductState> p) {
        return ProductView.of(p.version(), p.state(), changes.barcodesOf(tx, p.state().productId()));
    }

    /** {@code current}, if it still is at {@code version}; else {@link Stale} with its view. */
    Versioned<ProductState> expect(Tx tx, Versioned<ProductState> current, long version) {
        if (current.version() != version) {
            throw new Stale(view(tx, current), current.version());
        }
        return current;
    }

    void requireCategory(Tx tx, UUID categoryId) {
        if (categoryId != null && records.find(tx, CategoryState.KIND, categoryId.toString(), CategoryState.class)
                .isEmpty()) {
            throw ApiException.badRequest("owner.category_unknown");
        }
    }

    /** Two categories of one name would be merged into one at the counters: refused with 409. */
    void requireFreeCategoryName(Tx tx, CategoryState category) {
        String key = category.name().toLowerCase(Locale.ROOT);
        boolean taken = records.all(tx, CategoryState.KIND, CategoryState.class).stream()
                .anyMatch(c -> !c.state().categoryId().equals(category.categoryId())
                        && c.state().name().toLowerCase(Locale.ROOT).equals(key));
        if (taken) {
            throw new ApiException(Status.CONFLICT_409, "owner.category_exists", category.name());
        }
    }

    /** Refuses (409) a code another product has; a code of a withdrawn-but-live product counts too. */
    void claim(Tx tx, String code, UUID productId) {
        records.find(tx, BarcodeState.KIND, code, BarcodeState.class)
                .filter(b -> !b.state().productId().equals(productId))
                .ifPresent(b -> {
                    String other = records.find(tx, ProductState.KIND, b.state().productId().toString(),
                            ProductState.class).map(p -> p.state().name()).orElse(b.state().productId().toString());
                    throw new ApiException(Status.CONFLICT_409, "owner.barcode_taken", code, other);
                });
    }

    /**
     * Stores the product and, if {@code codes} is given, exactly those barcodes (others get tombstones);
     * the product's barcodes are moved after it when it changed.
     */
    void putProduct(Tx tx, ProductState product, List<String> codes, Instant now) {
        if (codes != null) {
            for (String code : codes) {
                claim(tx, code, product.productId());
            }
        }
        boolean changed = changes.put(tx, product, now);
        List<String> existing = changes.barcodesOf(tx, product.productId());
        if (codes == null) {
            if (changed) {
                for (String code : existing) {
                    changes.touch(tx, BarcodeState.KIND, code, now);
                }
            }
            return;
        }
        for (String code : existing) {
            if (!codes.contains(code)) {
                dropBarcode(tx, code, now);
            }
        }
        for (String code : codes) {
            if (!changes.put(tx, new BarcodeState(code, product.productId()), now) && changed) {
                changes.touch(tx, BarcodeState.KIND, code, now);
            }
        }
    }

    void dropBarcode(Tx tx, String code, Instant now) {
        changes.put(tx, new Tombstone(BarcodeState.KIND, code), now);
    }

    /** Renames; the category's products and their barcodes move after it. */
    void renameCategory(Tx tx, CategoryState category, Instant now) {
        if (!changes.put(tx, category, now)) {
            return;
        }
        for (String product : changes.keysWhere(tx, ProductState.KIND, "categoryId", category.key())) {
            changes.touch(tx, ProductState.KIND, product, now);
            for (String code : changes.barcodesOf(tx, UUID.fromString(product))) {
                changes.touch(tx, BarcodeState.KIND, code, now);
            }
        }
    }
}
