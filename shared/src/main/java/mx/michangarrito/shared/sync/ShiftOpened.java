package mx.michangarrito.shared.sync;

import java.time.Instant;
import java.util.UUID;

import mx.michangarrito.shared.money.Money;

/**
 * A cash shift opened. The event id is the shift's id.
 *
 * @param eventId      the shift's UUIDv7
 * @param cashierId    who opened it
 * @param openingFloat the cash in the drawer at the start
 * @param at           when
 */
public record ShiftOpened(UUID eventId, UUID cashierId, Money openingFloat, Instant at) implements TerminalEvent {

    /** The wire type name. */
    public static final String TYPE = "shift.opened";

    @Override
    public String wireType() {
        return TYPE;
    }
}
