package mx.michangarrito.pos.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;

/** A product's stock on hand: the sum of its movements, kept in step by {@link StockService}. */
@Entity
@Table(name = "stock_level")
public class StockLevel {

    @Id
    @Column(name = "product_id")
    private UUID productId;
    @Column(name = "on_hand", nullable = false, precision = 15, scale = 3)
    private BigDecimal onHand;

    protected StockLevel() {
        // for Hibernate
    }

    StockLevel(UUID productId, BigDecimal onHand) {
        this.productId = productId;
        this.onHand = onHand;
    }

    public UUID productId() {
        return productId;
    }

    public BigDecimal onHand() {
        return onHand;
    }

    void add(BigDecimal quantity) {
        onHand = onHand.add(quantity);
    }
}
