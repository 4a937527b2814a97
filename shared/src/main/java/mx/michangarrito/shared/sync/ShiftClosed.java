package mx.michangarrito.shared.sync;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import mx.michangarrito.shared.money.Money;

/**
 * A corte de caja: the closing figures of a shift per tender.
 *
 * @param eventId    the closing's UUIDv7
 * @param shiftId    the closed shift
 * @param closedBy   who closed it
 * @param closedAt   when
 * @param tickets    sales in the shift
 * @param salesTotal their total
 * @param expected   what each tender should hold
 * @param counted    what was counted per tender
 */
public record ShiftClosed(UUID eventId, UUID shiftId, UUID closedBy, Instant closedAt, long tickets, Money salesTotal,
        Map<TenderKind, Money> expected, Map<TenderKind, Money> counted) implements TerminalEvent {

    /** The wire type name. */
    public static final String TYPE = "shift.closed";

    public ShiftClosed {
        expected = Map.copyOf(expected);
        counted = Map.copyOf(counted);
    }

    @Override
    public String wireType() {
        return TYPE;
    }
}
