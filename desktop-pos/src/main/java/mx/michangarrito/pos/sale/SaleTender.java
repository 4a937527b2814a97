package mx.michangarrito.pos.sale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.shared.money.Money;

/** One payment of a completed sale (cash as handed over; the sale records the change). */
@Entity
@Table(name = "sale_tender")
public class SaleTender {

    @Id
    private UUID id;
    @Column(name = "sale_id", nullable = false)
    private UUID saleId;
    @Column(name = "shift_id", nullable = false)
    private UUID shiftId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TenderKind kind;
    @Column(name = "amount_centavos", nullable = false)
    private long amountCentavos;
    @Column(length = 60)
    private String reference;
    @Column(name = "customer_id")
    private UUID customerId;

    protected SaleTender() {
        // for Hibernate
    }

    SaleTender(UUID id, UUID saleId, UUID shiftId, Tender tender) {
        this.id = id;
        this.saleId = saleId;
        this.shiftId = shiftId;
        this.kind = tender.kind();
        this.amountCentavos = tender.amount().centavos();
        this.reference = tender.reference().orElse(null);
        this.customerId = tender.customerId().orElse(null);
    }

    public UUID saleId() {
        return saleId;
    }

    public TenderKind kind() {
        return kind;
    }

    public Money amount() {
        return Money.ofCentavos(amountCentavos);
    }

    public Optional<String> reference() {
        return Optional.ofNullable(reference);
    }

    public Optional<UUID> customerId() {
        return Optional.ofNullable(customerId);
    }
}
