package mx.michangarrito.pos.cash;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The row that closes a shift; its per-tender figures live in the corte's own tables. */
@Entity
@Table(name = "shift_closing")
public class ShiftClosingRow {

    @Id
    @Column(name = "shift_id")
    private UUID shiftId;
    @Column(name = "closed_at", nullable = false)
    private Instant closedAt;
    @Column(name = "closed_by", nullable = false)
    private UUID closedBy;

    protected ShiftClosingRow() {
        // for Hibernate
    }

    public ShiftClosingRow(UUID shiftId, Instant closedAt, UUID closedBy) {
        this.shiftId = shiftId;
        this.closedAt = closedAt;
        this.closedBy = closedBy;
    }

    public UUID shiftId() {
        return shiftId;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public UUID closedBy() {
        return closedBy;
    }
}
