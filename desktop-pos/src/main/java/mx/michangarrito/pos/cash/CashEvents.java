package mx.michangarrito.pos.cash;

import java.time.Instant;
import java.util.UUID;
import mx.michangarrito.pos.outbox.OutboxEvent;
import mx.michangarrito.shared.money.Money;

/** Outbox events of the cash drawer. */
public final class CashEvents {

    private CashEvents() {
    }

    /** A shift was opened. */
    public record ShiftOpened(UUID eventId, UUID cashierId, Money openingFloat, Instant at) implements OutboxEvent {
        @Override
        public String eventType() {
            return "shift.opened";
        }

        @Override
        public UUID aggregateId() {
            return eventId;
        }
    }

    /** Cash entered or left the drawer. */
    public record CashMoved(UUID eventId, UUID shiftId, CashMovementKind kind, Money amount, String reason,
            UUID referenceId, UUID userId, Instant at) implements OutboxEvent {
        @Override
        public String eventType() {
            return "cash.moved";
        }

        @Override
        public UUID aggregateId() {
            return shiftId;
        }
    }
}
