package mx.michangarrito.pos.fiado;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;

/** What a customer owes: the sum of their signed entries, kept in step by {@link FiadoLedger}. */
@Entity
@Table(name = "fiado_balance")
public class FiadoBalance {

    @Id
    @Column(name = "customer_id")
    private UUID customerId;
    @Column(name = "balance_centavos", nullable = false)
    private long balanceCentavos;

    protected FiadoBalance() {
        // for Hibernate
    }

    FiadoBalance(UUID customerId) {
        this.customerId = customerId;
    }

    public UUID customerId() {
        return customerId;
    }

    /** Positive: the customer owes the shop; negative: the shop owes the customer (a return credited). */
    public Money balance() {
        return Money.ofCentavos(balanceCentavos);
    }

    void add(Money signedAmount) {
        balanceCentavos = Math.addExact(balanceCentavos, signedAmount.centavos());
    }
}
