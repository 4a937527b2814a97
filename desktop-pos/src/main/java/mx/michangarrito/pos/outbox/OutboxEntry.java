package mx.michangarrito.pos.outbox;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One row of the outbox: an event serialised, with its per-terminal sequence number. */
@Entity
@Table(name = "outbox")
public class OutboxEntry {

    @Id
    private long seq;
    @Column(name = "event_id", nullable = false, unique = true)
    private UUID eventId;
    @Column(name = "event_type", nullable = false, length = 50)
    private String eventType;
    @Column(name = "aggregate_id", nullable = false)
    private UUID aggregateId;
    @Column(nullable = false, length = 1_000_000)
    private String payload;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutboxEntry() {
        // for Hibernate
    }

    OutboxEntry(long seq, OutboxEvent event, String payload, Instant createdAt) {
        this.seq = seq;
        this.eventId = event.eventId();
        this.eventType = event.eventType();
        this.aggregateId = event.aggregateId();
        this.payload = payload;
        this.createdAt = createdAt;
    }

    public long seq() {
        return seq;
    }

    public UUID eventId() {
        return eventId;
    }

    public String eventType() {
        return eventType;
    }

    public UUID aggregateId() {
        return aggregateId;
    }

    public String payload() {
        return payload;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
