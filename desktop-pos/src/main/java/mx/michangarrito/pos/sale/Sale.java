package mx.michangarrito.pos.sale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxBreakdown;

/** A completed sale. Never updated: voids and returns are their own records. */
@Entity
@Table(name = "sale")
public class Sale {

    @Id
    private UUID id;
    @Column(nullable = false, length = 30, unique = true)
    private String folio;
    @Column(name = "shift_id", nullable = false)
    private UUID shiftId;
    @Column(name = "cashier_id", nullable = false)
    private UUID cashierId;
    @Column(name = "customer_id")
    private UUID customerId;
    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;
    @Column(name = "subtotal_centavos", nullable = false)
    private long subtotalCentavos;
    @Column(name = "discount_centavos", nullable = false)
    private long discountCentavos;
    @Column(name = "ieps_centavos", nullable = false)
    private long iepsCentavos;
    @Column(name = "iva_centavos", nullable = false)
    private long ivaCentavos;
    @Column(name = "total_centavos", nullable = false)
    private long totalCentavos;
    @Column(name = "change_centavos", nullable = false)
    private long changeCentavos;
    @Column(name = "discount_authorized_by")
    private UUID discountAuthorizedBy;

    protected Sale() {
        // for Hibernate
    }

    Sale(UUID id, String folio, UUID shiftId, UUID cashierId, UUID customerId, Instant completedAt,
            TaxBreakdown totals, Money change, UUID discountAuthorizedBy) {
        this.id = id;
        this.folio = folio;
        this.shiftId = shiftId;
        this.cashierId = cashierId;
        this.customerId = customerId;
        this.completedAt = completedAt;
        this.subtotalCentavos = totals.subtotal().centavos();
        this.discountCentavos = totals.discount().centavos();
        this.iepsCentavos = totals.totalIeps().centavos();
        this.ivaCentavos = totals.totalIva().centavos();
        this.totalCentavos = totals.total().centavos();
        this.changeCentavos = change.centavos();
        this.discountAuthorizedBy = discountAuthorizedBy;
    }

    public UUID id() {
        return id;
    }

    public String folio() {
        return folio;
    }

    public UUID shiftId() {
        return shiftId;
    }

    public UUID cashierId() {
        return cashierId;
    }

    public Optional<UUID> customerId() {
        return Optional.ofNullable(customerId);
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Money subtotal() {
        return Money.ofCentavos(subtotalCentavos);
    }

    public Money discount() {
        return Money.ofCentavos(discountCentavos);
    }

    public Money ieps() {
        return Money.ofCentavos(iepsCentavos);
    }

    public Money iva() {
        return Money.ofCentavos(ivaCentavos);
    }

    public Money total() {
        return Money.ofCentavos(totalCentavos);
    }

    public Money change() {
        return Money.ofCentavos(changeCentavos);
    }

    public Optional<UUID> discountAuthorizedBy() {
        return Optional.ofNullable(discountAuthorizedBy);
    }
}
