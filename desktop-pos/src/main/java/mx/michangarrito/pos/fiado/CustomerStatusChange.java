package mx.michangarrito.pos.fiado;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** A customer was deactivated or reactivated: when, by whom and why. Never updated. */
@Entity
@Immutable
@Table(name = "customer_status_change")
public class CustomerStatusChange extends CustomerChangeRow {

    @Column(nullable = false)
    private boolean active;

    protected CustomerStatusChange() {
        // for Hibernate
    }

    CustomerStatusChange(UUID id, UUID customerId, Instant changedAt, Optional<UUID> changedBy, boolean active,
            Optional<String> reason) {
        super(id, customerId, changedAt, changedBy, reason);
        this.active = active;
    }

    /** True for a reactivation, false for a deactivation. */
    public boolean active() {
        return active;
    }
}
