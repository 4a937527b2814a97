package mx.michangarrito.pos.corte;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** How many bills or coins of one denomination were in the drawer at the corte. */
@Entity
@Table(name = "shift_closing_cash_count")
@IdClass(ShiftClosingCashCount.Key.class)
public class ShiftClosingCashCount {

    /** Composite key. */
    public record Key(UUID shiftId, long denominationCentavos) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }

    @Id
    @Column(name = "shift_id")
    private UUID shiftId;
    @Id
    @Column(name = "denomination_centavos")
    private long denominationCentavos;
    @Column(nullable = false)
    private int pieces;

    protected ShiftClosingCashCount() {
        // for Hibernate
    }

    ShiftClosingCashCount(UUID shiftId, long denominationCentavos, int pieces) {
        this.shiftId = shiftId;
        this.denominationCentavos = denominationCentavos;
        this.pieces = pieces;
    }
}
