package mx.michangarrito.pos.fiado;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.catalog.SearchText;
import mx.michangarrito.shared.money.Money;

/**
 * A customer of the shop who may buy on credit. Changed only through {@link CustomerService}, which keeps
 * the history of credit limits; what they owe lives in the fiado ledger ({@link FiadoLedger}).
 */
@Entity
@Table(name = "customer")
public class Customer {

    @Id
    private UUID id;
    @Column(nullable = false, length = 120)
    private String name;
    @Column(name = "search_name", nullable = false, length = 120)
    private String searchName;
    @Column(length = 10)
    private String phone;
    @Column(name = "credit_limit_centavos", nullable = false)
    private long creditLimitCentavos;
    @Column(length = 500)
    private String note;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Customer() {
        // for Hibernate
    }

    Customer(UUID id, CustomerDraft draft, Instant now) {
        this.id = id;
        this.active = true;
        this.createdAt = now;
        apply(draft, now);
    }

    final void apply(CustomerDraft draft, Instant now) {
        this.name = draft.name();
        this.searchName = SearchText.of(draft.name());
        this.phone = draft.phone().orElse(null);
        this.creditLimitCentavos = draft.creditLimit().centavos();
        this.note = draft.note().orElse(null);
        this.updatedAt = now;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        this.updatedAt = now;
    }

    /** Whether {@code draft} would change nothing. */
    boolean matches(CustomerDraft draft) {
        return name.equals(draft.name()) && phone().equals(draft.phone())
                && creditLimitCentavos == draft.creditLimit().centavos() && note().equals(draft.note());
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The 10 national digits; the WhatsApp form is {@code +52} followed by them. */
    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    /** The most the customer may owe; zero means no fiado unless a manager allows it. */
    public Money creditLimit() {
        return Money.ofCentavos(creditLimitCentavos);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
