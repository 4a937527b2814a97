package mx.michangarrito.pos.stock;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import mx.michangarrito.pos.outbox.OutboxEvent;

/** Outbox event of one stock movement: the cloud sums these deltas per product. */
public record StockMoved(UUID eventId, UUID productId, BigDecimal quantity, MovementReason reason, UUID referenceId,
        UUID userId, Instant at) implements OutboxEvent {

    @Override
    public String eventType() {
        return "stock.moved";
    }

    @Override
    public UUID aggregateId() {
        return productId;
    }
}
