package mx.michangarrito.shared.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A whole sale voided (manager's PIN, same shift).
 *
 * @param eventId      the void's UUIDv7
 * @param saleId       the voided sale
 * @param shiftId      the shift the void happened in
 * @param requestedBy  who asked for it
 * @param authorizedBy the manager who authorised it
 * @param reason       why
 * @param at           when
 */
public record SaleVoided(UUID eventId, UUID saleId, UUID shiftId, UUID requestedBy, UUID authorizedBy,
        String reason, Instant at) implements TerminalEvent {

    /** The wire type name. */
    public static final String TYPE = "sale.voided";

    @Override
    public String wireType() {
        return TYPE;
    }
}
