package mx.michangarrito.pos.stock;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.id.UuidV7Generator;

/**
 * Goods received from a supplier: several products at once, each with its quantity and (when given) its
 * new cost, in one transaction. Every line is a PURCHASE movement referring to the same purchase id; a
 * changed cost goes into the product's price history in that same transaction.
 */
public final class PurchaseService {

    private final PosDatabase database;
    private final StockService stock;
    private final CatalogService catalog;
    private final UuidV7Generator ids;

    public PurchaseService(PosDatabase database, StockService stock, CatalogService catalog, UuidV7Generator ids) {
        this.database = Objects.requireNonNull(database, "database");
        this.stock = Objects.requireNonNull(stock, "stock");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /**
     * Receives {@code lines}; all of them or, if one is refused (unknown product), none.
     *
     * @param note the supplier or invoice, kept on every movement
     * @return the purchase id the movements refer to
     */
    public UUID receive(List<PurchaseLine> lines, Optional<String> note, Optional<UUID> by) {
        if (lines.isEmpty()) {
            throw StockException.emptyPurchase();
        }
        UUID purchaseId = ids.next();
        database.write(session -> {
            for (PurchaseLine line : lines) {
                stock.record(session, new StockChange(line.productId(), line.quantity(), MovementReason.PURCHASE,
                        Optional.of(purchaseId), note, by));
                line.unitCost().ifPresent(cost -> catalog.recordCost(session, line.productId(), cost, by));
            }
            return null;
        });
        return purchaseId;
    }
}
