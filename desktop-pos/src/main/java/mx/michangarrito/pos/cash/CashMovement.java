package mx.michangarrito.pos.cash;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;

/** Cash into (+) or out of (−) the drawer during a shift. Immutable. */
@Entity
@Table(name = "cash_movement")
public class CashMovement {

    @Id
    private UUID id;
    @Column(name = "shift_id", nullable = false)
    private UUID shiftId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CashMovementKind kind;
    @Column(name = "amount_centavos", nullable = false)
    private long amountCentavos;
    @Column(length = 500)
    private String reason;
    @Column(name = "reference_id")
    private UUID referenceId;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CashMovement() {
        // for Hibernate
    }

    CashMovement(UUID id, UUID shiftId, CashMovementKind kind, Money amount, String reason, UUID referenceId,
            UUID userId, Instant createdAt) {
        this.id = id;
        this.shiftId = shiftId;
        this.kind = kind;
        this.amountCentavos = amount.centavos();
        this.reason = reason;
        this.referenceId = referenceId;
        this.userId = userId;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID shiftId() {
        return shiftId;
    }

    public CashMovementKind kind() {
        return kind;
    }

    public Money amount() {
        return Money.ofCentavos(amountCentavos);
    }

    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }

    public Optional<UUID> referenceId() {
        return Optional.ofNullable(referenceId);
    }

    public UUID userId() {
        return userId;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
