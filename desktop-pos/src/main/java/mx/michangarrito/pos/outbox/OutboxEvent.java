package mx.michangarrito.pos.outbox;

import java.util.UUID;

/**
 * An immutable terminal-born event that goes to the cloud (sale, stock movement, cash movement, fiado
 * charge, ...). Implementations are records; their JSON form is the outbox payload.
 */
public interface OutboxEvent {

    /** The event's own UUIDv7: the cloud inserts it once, whatever the retries. */
    UUID eventId();

    /** What kind of event, e.g. {@code sale.completed}, {@code stock.moved}. */
    String eventType();

    /** The record the event is about (the sale, the product, the customer). */
    UUID aggregateId();
}
