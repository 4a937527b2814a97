package mx.michangarrito.pos.corte;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.outbox.OutboxEvent;
import mx.michangarrito.shared.money.Money;

/** Outbox event of a corte de caja: the closing figures per tender. */
public record ShiftClosed(UUID eventId, UUID shiftId, UUID closedBy, Instant closedAt, long tickets, Money salesTotal,
        Map<TenderKind, Money> expected, Map<TenderKind, Money> counted) implements OutboxEvent {

    @Override
    public String eventType() {
        return "shift.closed";
    }

    @Override
    public UUID aggregateId() {
        return shiftId;
    }
}
