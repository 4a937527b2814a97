package mx.michangarrito.shared.sync;

import java.time.Instant;
import java.util.UUID;

import mx.michangarrito.shared.money.Money;

/**
 * Cash entered or left a drawer.
 *
 * @param eventId     the movement's UUIDv7
 * @param shiftId     the drawer's shift
 * @param kind        why
 * @param amount      the signed amount (positive into the drawer)
 * @param reason      the cashier's note, else null
 * @param referenceId the sale, return or fiado payment that caused it, else null
 * @param userId      who did it
 * @param at          when
 */
public record CashMoved(UUID eventId, UUID shiftId, CashMovementKind kind, Money amount, String reason,
        UUID referenceId, UUID userId, Instant at) implements TerminalEvent {

    /** The wire type name. */
    public static final String TYPE = "cash.moved";

    @Override
    public String wireType() {
        return TYPE;
    }
}
