package mx.michangarrito.pos.sale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.shared.money.Money;

/** Goods brought back from a sale, recorded in the shift where they came back. */
@Entity
@Table(name = "sale_return")
public class SaleReturn {

    @Id
    private UUID id;
    @Column(name = "sale_id", nullable = false)
    private UUID saleId;
    @Column(name = "shift_id", nullable = false)
    private UUID shiftId;
    @Column(name = "returned_at", nullable = false)
    private Instant returnedAt;
    @Column(name = "user_id", nullable = false)
    private UUID userId;
    @Enumerated(EnumType.STRING)
    @Column(name = "refund_tender", nullable = false, length = 20)
    private TenderKind refundTender;
    @Column(name = "total_centavos", nullable = false)
    private long totalCentavos;
    @Column(length = 500)
    private String reason;

    protected SaleReturn() {
        // for Hibernate
    }

    SaleReturn(UUID id, UUID saleId, UUID shiftId, Instant at, UUID userId, TenderKind refundTender, Money total,
            String reason) {
        this.id = id;
        this.saleId = saleId;
        this.shiftId = shiftId;
        this.returnedAt = at;
        this.userId = userId;
        this.refundTender = refundTender;
        this.totalCentavos = total.centavos();
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

    public Instant returnedAt() {
        return returnedAt;
    }

    public TenderKind refundTender() {
        return refundTender;
    }

    public java.util.Optional<String> reasonText() {
        return java.util.Optional.ofNullable(reason);
    }

    String reason() {
        return reason;
    }

    public UUID userId() {
        return userId;
    }

    public Money total() {
        return Money.ofCentavos(totalCentavos);
    }
}
