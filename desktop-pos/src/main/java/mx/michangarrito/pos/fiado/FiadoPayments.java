package mx.michangarrito.pos.fiado;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.cash.CashMovementKind;
import mx.michangarrito.pos.cash.ShiftService;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.money.Money;

/**
 * Takes a fiado payment at the counter: the ledger entry and, for cash, the drawer's cash movement in the
 * open shift commit together, so the corte expects the cash the customer handed over.
 */
public final class FiadoPayments {

    private final PosDatabase database;
    private final FiadoLedger ledger;
    private final ShiftService shifts;

    public FiadoPayments(PosDatabase database, FiadoLedger ledger, ShiftService shifts) {
        this.database = Objects.requireNonNull(database, "database");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.shifts = Objects.requireNonNull(shifts, "shifts");
    }

    /**
     * @param receivedBy the cashier taking the payment
     * @throws FiadoException as {@link FiadoLedger#pay}; CashException NO_OPEN_SHIFT for cash without a shift
     */
    public FiadoEntry receive(UUID customerId, Money amount, PaymentTender tender, Optional<String> note,
            UUID receivedBy) {
        Objects.requireNonNull(receivedBy, "receivedBy");
        return database.write(session -> {
            UUID shiftId = tender == PaymentTender.CASH ? ShiftService.requireOpen(session).id() : null;
            FiadoEntry entry = ledger.pay(session, customerId, amount, tender, note, Optional.of(receivedBy));
            if (shiftId != null) {
                shifts.record(session, shiftId, CashMovementKind.FIADO_PAYMENT, amount, null, entry.id(), receivedBy);
            }
            return entry;
        });
    }
}
