package mx.michangarrito.pos.cash;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;

/** A cashier's shift: opened with a float; closed by its corte de caja (a separate, immutable record). */
@Entity
@Table(name = "shift")
public class Shift {

    @Id
    private UUID id;
    @Column(name = "cashier_id", nullable = false)
    private UUID cashierId;
    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;
    @Column(name = "opening_float_centavos", nullable = false)
    private long openingFloatCentavos;

    protected Shift() {
        // for Hibernate
    }

    Shift(UUID id, UUID cashierId, Instant openedAt, Money openingFloat) {
        this.id = id;
        this.cashierId = cashierId;
        this.openedAt = openedAt;
        this.openingFloatCentavos = openingFloat.centavos();
    }

    public UUID id() {
        return id;
    }

    public UUID cashierId() {
        return cashierId;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public Money openingFloat() {
        return Money.ofCentavos(openingFloatCentavos);
    }
}
