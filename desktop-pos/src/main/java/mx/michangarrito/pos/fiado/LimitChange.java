package mx.michangarrito.pos.fiado;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;
import org.hibernate.annotations.Immutable;

/** A customer's credit limit was set or changed: when, by whom, from what to what, why. Never updated. */
@Entity
@Immutable
@Table(name = "customer_limit_change")
public class LimitChange {

    @Id
    private UUID id;
    @Column(name = "customer_id", nullable = false)
    private UUID customerId;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by")
    private UUID changedBy;
    @Column(name = "old_limit_centavos")
    private Long oldLimitCentavos;
    @Column(name = "new_limit_centavos", nullable = false)
    private long newLimitCentavos;
    @Column(length = 500)
    private String reason;

    protected LimitChange() {
        // for Hibernate
    }

    LimitChange(UUID id, UUID customerId, Instant changedAt, Optional<UUID> changedBy, Optional<Money> oldLimit,
            Money newLimit, Optional<String> reason) {
        this.id = id;
        this.customerId = customerId;
        this.changedAt = changedAt;
        this.changedBy = changedBy.orElse(null);
        this.oldLimitCentavos = oldLimit.map(Money::centavos).orElse(null);
        this.newLimitCentavos = newLimit.centavos();
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

    /** Empty for the limit the customer was created with. */
    public Optional<Money> oldLimit() {
        return Optional.ofNullable(oldLimitCentavos).map(Money::ofCentavos);
    }

    public Money newLimit() {
        return Money.ofCentavos(newLimitCentavos);
    }

    /** Why it changed, when the person said. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
