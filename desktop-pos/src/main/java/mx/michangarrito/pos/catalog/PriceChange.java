package mx.michangarrito.pos.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A product's price or cost changed: when, by whom, from what to what. Never updated. */
@Entity
@Table(name = "price_change")
public class PriceChange {

    @Id
    private UUID id;
    @Column(name = "product_id", nullable = false)
    private UUID productId;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by")
    private UUID changedBy;
    @Column(name = "old_price_centavos")
    private Long oldPriceCentavos;
    @Column(name = "new_price_centavos", nullable = false)
    private long newPriceCentavos;
    @Column(name = "old_cost_centavos")
    private Long oldCostCentavos;
    @Column(name = "new_cost_centavos", nullable = false)
    private long newCostCentavos;

    protected PriceChange() {
        // for Hibernate
    }

    PriceChange(UUID id, UUID productId, Instant changedAt, UUID changedBy, Long oldPrice, long newPrice,
            Long oldCost, long newCost) {
        this.id = id;
        this.productId = productId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.oldPriceCentavos = oldPrice;
        this.newPriceCentavos = newPrice;
        this.oldCostCentavos = oldCost;
        this.newCostCentavos = newCost;
    }

    public UUID productId() {
        return productId;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public java.util.Optional<UUID> changedBy() {
        return java.util.Optional.ofNullable(changedBy);
    }

    public java.util.Optional<Long> oldPriceCentavos() {
        return java.util.Optional.ofNullable(oldPriceCentavos);
    }

    public long newPriceCentavos() {
        return newPriceCentavos;
    }

    public java.util.Optional<Long> oldCostCentavos() {
        return java.util.Optional.ofNullable(oldCostCentavos);
    }

    public long newCostCentavos() {
        return newCostCentavos;
    }
}
