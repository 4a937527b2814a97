package mx.michangarrito.pos.fiado;

import java.time.Instant;
import java.util.UUID;
import mx.michangarrito.pos.outbox.OutboxEvent;

/**
 * Outbox event of a customer created or changed at the counter, carrying the whole new state, so the
 * cloud knows every customer the fiado events refer to.
 */
public record CustomerChanged(UUID eventId, UUID customerId, boolean created, String name, String phone,
        long creditLimitCentavos, String note, boolean active, UUID userId, Instant at) implements OutboxEvent {

    static CustomerChanged of(UUID eventId, Customer c, boolean created, UUID userId, Instant at) {
        return new CustomerChanged(eventId, c.id(), created, c.name(), c.phone().orElse(null),
                c.creditLimit().centavos(), c.note().orElse(null), c.active(), userId, at);
    }

    @Override
    public String eventType() {
        return created ? "customer.created" : "customer.changed";
    }

    @Override
    public UUID aggregateId() {
        return customerId;
    }
}
