package mx.michangarrito.pos.sale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A cart set aside ("en espera") while another customer is served. */
@Entity
@Table(name = "parked_sale")
public class ParkedSale {

    @Id
    private UUID id;
    @Column(name = "cashier_id", nullable = false)
    private UUID cashierId;
    @Column(nullable = false, length = 100)
    private String label;
    @Column(name = "parked_at", nullable = false)
    private Instant parkedAt;
    @Column(name = "cart_json", nullable = false, length = 1_000_000)
    private String cartJson;

    protected ParkedSale() {
        // for Hibernate
    }

    ParkedSale(UUID id, UUID cashierId, String label, Instant parkedAt, String cartJson) {
        this.id = id;
        this.cashierId = cashierId;
        this.label = label;
        this.parkedAt = parkedAt;
        this.cartJson = cartJson;
    }

    public UUID id() {
        return id;
    }

    public UUID cashierId() {
        return cashierId;
    }

    public String label() {
        return label;
    }

    public Instant parkedAt() {
        return parkedAt;
    }

    String cartJson() {
        return cartJson;
    }
}
