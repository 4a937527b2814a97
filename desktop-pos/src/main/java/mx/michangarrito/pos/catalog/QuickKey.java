package mx.michangarrito.pos.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A product on the sale screen's quick-key grid and its place there; changed only through {@link QuickKeys}. */
@Entity
@Table(name = "quick_key")
public class QuickKey {

    @Id
    @Column(name = "product_id")
    private UUID productId;
    @Column(nullable = false)
    private int place;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected QuickKey() {
        // for Hibernate
    }

    QuickKey(UUID productId, int place, Instant now) {
        this.productId = productId;
        this.place = place;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void moveTo(int newPlace, Instant now) {
        this.place = newPlace;
        this.updatedAt = now;
    }

    public UUID productId() {
        return productId;
    }

    public int place() {
        return place;
    }
}
