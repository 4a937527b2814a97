package mx.michangarrito.pos.catalog;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import mx.michangarrito.pos.outbox.OutboxEvent;
import mx.michangarrito.shared.sync.ProductAction;
import mx.michangarrito.shared.sync.ProductState;

/**
 * Outbox event of a product created or edited at this counter (a price change, a barcode added, ...),
 * with the product's whole new state and barcodes, so the cloud can pass it to the other counters.
 * Its members are exactly those of the wire record {@code product.commanded}.
 */
public record ProductCommand(UUID eventId, ProductAction action, Long basedOnVersion, ProductState product,
        String categoryName, List<String> barcodes, UUID userId, Instant at) implements OutboxEvent {

    /** Outbox type of a new product. */
    public static final String CREATED = "product.created";
    /** Outbox type of an edited product. */
    public static final String EDITED = "product.edited";

    static ProductCommand of(UUID eventId, ProductAction action, Long basedOnVersion, Product p, String categoryName,
            List<String> barcodes, UUID userId, Instant at) {
        return new ProductCommand(eventId, action, basedOnVersion, stateOf(p), categoryName, List.copyOf(barcodes),
                userId, at);
    }

    /** The product as the wire carries it. */
    static ProductState stateOf(Product p) {
        return new ProductState(p.id(), p.sku().orElse(null), p.name(), p.categoryId().orElse(null), p.unit().name(),
                p.soldByWeight(), p.taxes().iva(), p.taxes().ieps().map(i -> i.percent()).orElse(null),
                p.cost().centavos(), p.price().centavos(), p.minStock(), p.scaleItemCode().orElse(null), p.active());
    }

    @Override
    public String eventType() {
        return action == ProductAction.CREATE ? CREATED : EDITED;
    }

    @Override
    public UUID aggregateId() {
        return product.productId();
    }
}
