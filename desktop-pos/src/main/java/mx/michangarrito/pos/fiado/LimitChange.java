package mx.michangarrito.pos.fiado;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
public class LimitChange extends CustomerChangeRow {

    @Column(name = "old_limit_centavos")
    private Long oldLimitCentavos;
    @Column(name = "new_limit_centavos", nullable = false)
    private long newLimitCentavos;

    protected LimitChange() {
        // for Hibernate
    }

    LimitChange(UUID id, UUID customerId, Instant changedAt, Optional<UUID> changedBy, Optional<Money> oldLimit,
            Money newLimit, Optional<String> reason) {
        super(id, customerId, changedAt, changedBy, reason);
        this.oldLimitCentavos = oldLimit.map(Money::centavos).orElse(null);
        this.newLimitCentavos = newLimit.centavos();
    }

    /** Empty for the limit the customer was created with. */
    public Optional<Money> oldLimit() {
        return Optional.ofNullable(oldLimitCentavos).map(Money::ofCentavos);
    }

    public Money newLimit() {
        return Money.ofCentavos(newLimitCentavos);
    }
}
