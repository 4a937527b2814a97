package mx.michangarrito.pos.catalog;

import java.time.Instant;
import java.util.UUID;
import mx.michangarrito.pos.outbox.OutboxEvent;

/**
 * Outbox event of a category created or renamed at this counter. Its members are exactly those of the
 * wire record {@code category.commanded}: the cloud makes it the shop's category and the other counters
 * pull the new name (decision 0018).
 */
public record CategoryCommand(UUID eventId, UUID categoryId, String name, UUID userId, Instant at)
        implements OutboxEvent {

    /** Outbox type of a category created or renamed here. */
    public static final String TYPE = "category.changed";

    @Override
    public String eventType() {
        return TYPE;
    }

    @Override
    public UUID aggregateId() {
        return categoryId;
    }
}
