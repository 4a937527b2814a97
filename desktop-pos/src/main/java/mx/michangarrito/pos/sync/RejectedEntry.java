package mx.michangarrito.pos.sync;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import mx.michangarrito.pos.outbox.OutboxEntry;

/** An outbox entry the cloud rejected, moved out of the outbox with the cloud's reason code. */
@Entity
@Table(name = "outbox_rejected")
public class RejectedEntry {

    @Id
    private long seq;
    @Column(name = "event_id", nullable = false, unique = true)
    private UUID eventId;
    @Column(name = "event_type", nullable = false, length = 50)
    private String eventType;
    @Column(nullable = false, length = 1_000_000)
    private String payload;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(nullable = false, length = 100)
    private String reason;
    @Column(name = "rejected_at", nullable = false)
    private Instant rejectedAt;

    protected RejectedEntry() {
        // for Hibernate
    }

    RejectedEntry(OutboxEntry entry, String reason, Instant rejectedAt) {
        this.seq = entry.seq();
        this.eventId = entry.eventId();
        this.eventType = entry.eventType();
        this.payload = entry.payload();
        this.createdAt = entry.createdAt();
        this.reason = reason.length() > 100 ? reason.substring(0, 100) : reason;
        this.rejectedAt = rejectedAt;
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

    public String reason() {
        return reason;
    }

    public Instant rejectedAt() {
        return rejectedAt;
    }
}
