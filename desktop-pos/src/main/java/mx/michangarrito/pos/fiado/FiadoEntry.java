package mx.michangarrito.pos.fiado;

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
import org.hibernate.annotations.Immutable;

/** One movement of a customer's account: a charge, a payment or a credit. Immutable once written. */
@Entity
@Immutable
@Table(name = "fiado_entry")
public class FiadoEntry {

    @Id
    private UUID id;
    @Column(name = "customer_id", nullable = false)
    private UUID customerId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EntryKind kind;
    @Column(name = "amount_centavos", nullable = false)
    private long amountCentavos;
    @Column(name = "reference_id")
    private UUID referenceId;
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private PaymentTender tender;
    @Column(name = "authorized_by")
    private UUID authorizedBy;
    @Column(length = 500)
    private String note;
    @Column(name = "user_id")
    private UUID userId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FiadoEntry() {
        // for Hibernate
    }

    static FiadoEntry charge(UUID id, UUID customerId, Money amount, UUID saleId, UUID authorizedBy, Instant at) {
        return new FiadoEntry(id, customerId, EntryKind.CHARGE, amount, saleId, null, authorizedBy, null, null, at);
    }

    static FiadoEntry credit(UUID id, UUID customerId, Money amount, UUID referenceId, Instant at) {
        return new FiadoEntry(id, customerId, EntryKind.CREDIT, amount, referenceId, null, null, null, null, at);
    }

    static FiadoEntry payment(UUID id, UUID customerId, Money amount, PaymentTender tender, String note, UUID by,
            Instant at) {
        return new FiadoEntry(id, customerId, EntryKind.PAYMENT, amount, null, tender, null, note, by, at);
    }

    private FiadoEntry(UUID id, UUID customerId, EntryKind kind, Money amount, UUID referenceId, PaymentTender tender,
            UUID authorizedBy, String note, UUID userId, Instant createdAt) {
        this.id = id;
        this.customerId = customerId;
        this.kind = kind;
        this.amountCentavos = amount.centavos();
        this.referenceId = referenceId;
        this.tender = tender;
        this.authorizedBy = authorizedBy;
        this.note = note;
        this.userId = userId;
        this.createdAt = createdAt;
    }

    public UUID id() {
        return id;
    }

    public UUID customerId() {
        return customerId;
    }

    public EntryKind kind() {
        return kind;
    }

    /** Always positive; {@link #kind()} says which way it moves the balance. */
    public Money amount() {
        return Money.ofCentavos(amountCentavos);
    }

    /** The amount with the sign it adds to the balance: + for charges, − for payments and credits. */
    public Money signedAmount() {
        return Money.ofCentavos(amountCentavos * kind.sign());
    }

    /** The sale (charge) or the return or void (credit) behind the entry. */
    public Optional<UUID> referenceId() {
        return Optional.ofNullable(referenceId);
    }

    /** How a payment was made; empty for charges and credits. */
    public Optional<PaymentTender> tender() {
        return Optional.ofNullable(tender);
    }

    /** The manager who allowed a charge over the customer's limit. */
    public Optional<UUID> authorizedBy() {
        return Optional.ofNullable(authorizedBy);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** Who recorded a payment; charges and credits carry their cashier on the sale or return. */
    public Optional<UUID> userId() {
        return Optional.ofNullable(userId);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
