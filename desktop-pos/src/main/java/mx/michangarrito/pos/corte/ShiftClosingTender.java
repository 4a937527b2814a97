package mx.michangarrito.pos.corte;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.shared.money.Money;

/** A closed shift's expected and counted amount for one tender. */
@Entity
@Table(name = "shift_closing_tender")
@IdClass(ShiftClosingTender.Key.class)
public class ShiftClosingTender {

    /** Composite key. */
    public record Key(UUID shiftId, TenderKind tender) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "shift_id")
    private UUID shiftId;
    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private TenderKind tender;
    @Column(name = "expected_centavos", nullable = false)
    private long expectedCentavos;
    @Column(name = "counted_centavos", nullable = false)
    private long countedCentavos;

    protected ShiftClosingTender() {
        // for Hibernate
    }

    ShiftClosingTender(UUID shiftId, TenderKind tender, Money expected, Money counted) {
        this.shiftId = shiftId;
        this.tender = tender;
        this.expectedCentavos = expected.centavos();
        this.countedCentavos = counted.centavos();
    }

    TenderKind tender() {
        return tender;
    }

    Money expected() {
        return Money.ofCentavos(expectedCentavos);
    }

    Money counted() {
        return Money.ofCentavos(countedCentavos);
    }
}
