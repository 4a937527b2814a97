package mx.michangarrito.pos.fiado;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A customer was deactivated or reactivated: when, by whom and why. Never updated. */
@Entity
@Immutable
@Table(name = "customer_status_change")
public class CustomerStatusChange {

    @Id
    private UUID id;
    @Column(name = "customer_id", nullable = false)
    private UUID customerId;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by")
    private UUID changedBy;
    @Column(nullable = false)
    private boolean active;
    @Column(length = 500)
    private String reason;

    protected CustomerStatusChange() {
        // for Hibernate
    }

    CustomerStatusChange(UUID id, UUID customerId, Instant changedAt, Optional<UUID> changedBy, boolean active,
            Optional<String> reason) {
        this.id = id;
        this.customerId = customerId;
        this.changedAt = changedAt;
        this.changedBy = changedBy.orElse(null);
        this.active = active;
        this.reason = reason.orElse(null);
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Optional<UUID> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    /** True for a reactivation, false for a deactivation. */
    public boolean active() {
        return active;
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
