package mx.michangarrito.pos.fiado;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The columns every row of a customer's history has (its id, the customer, when, by whom and why), mapped
 * once for {@link LimitChange} and {@link CustomerStatusChange}. Each subclass keeps a table of its own.
 */
@MappedSuperclass
public abstract class CustomerChangeRow {

    @Id
    private UUID id;
    @Column(name = "customer_id", nullable = false)
    private UUID customerId;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by")
    private UUID changedBy;
    @Column(length = 500)
    private String reason;

    protected CustomerChangeRow() {
        // for Hibernate
    }

    CustomerChangeRow(UUID id, UUID customerId, Instant changedAt, Optional<UUID> changedBy,
            Optional<String> reason) {
        this.id = id;
        this.customerId = customerId;
        this.changedAt = changedAt;
        this.changedBy = changedBy.orElse(null);
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

    /** Why it changed, when the person said. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
