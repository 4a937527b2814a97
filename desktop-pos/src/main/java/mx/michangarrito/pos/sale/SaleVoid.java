package mx.michangarrito.pos.sale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A whole sale cancelled in its own shift, with who asked and which manager allowed it. */
@Entity
@Table(name = "sale_void")
public class SaleVoid {

    @Id
    private UUID id;
    @Column(name = "sale_id", nullable = false, unique = true)
    private UUID saleId;
    @Column(name = "shift_id", nullable = false)
    private UUID shiftId;
    @Column(name = "voided_at", nullable = false)
    private Instant voidedAt;
    @Column(name = "requested_by", nullable = false)
    private UUID requestedBy;
    @Column(name = "authorized_by", nullable = false)
    private UUID authorizedBy;
    @Column(nullable = false, length = 500)
    private String reason;

    protected SaleVoid() {
        // for Hibernate
    }

    SaleVoid(UUID id, Sale sale, Instant at, UUID requestedBy, UUID authorizedBy, String reason) {
        this.id = id;
        this.saleId = sale.id();
        this.shiftId = sale.shiftId();
        this.voidedAt = at;
        this.requestedBy = requestedBy;
        this.authorizedBy = authorizedBy;
        this.reason = reason;
    }

    public UUID id() {
        return id;
    }

    public UUID saleId() {
        return saleId;
    }

    public UUID shiftId() {
        return shiftId;
    }

    public Instant voidedAt() {
        return voidedAt;
    }

    public UUID authorizedBy() {
        return authorizedBy;
    }

    public String reason() {
        return reason;
    }
}
