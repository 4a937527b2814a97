package mx.michangarrito.pos.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A signed change of a product's stock. Immutable once written. */
@Entity
@Table(name = "stock_movement")
public class StockMovement {

    @Id
    private UUID id;
    @Column(name = "product_id", nullable = false)
    private UUID productId;
    @Column(nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MovementReason reason;
    @Column(name = "reference_id")
    private UUID referenceId;
    @Column(length = 500)
    private String note;
    @Column(name = "user_id")
    private UUID userId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected StockMovement() {
        // for Hibernate
    }

    StockMovement(UUID id, StockChange change, Instant createdAt) {
        this.id = id;
        this.productId = change.productId();
        this.quantity = change.quantity();
        this.reason = change.reason();
        this.referenceId = change.referenceId().orElse(null);
        this.note = change.note().orElse(null);
        this.userId = change.userId().orElse(null);
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID productId() {
        return productId;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public MovementReason reason() {
        return reason;
    }

    public Optional<UUID> referenceId() {
        return Optional.ofNullable(referenceId);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Optional<UUID> userId() {
        return Optional.ofNullable(userId);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
