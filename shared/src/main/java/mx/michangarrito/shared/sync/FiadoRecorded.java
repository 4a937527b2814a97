package mx.michangarrito.shared.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * One fiado ledger entry (charge, payment or credit); the event id is the entry's id. The cloud keeps
 * each customer's balance as charges − payments − credits, as the terminal does.
 *
 * @param eventId        the entry's UUIDv7
 * @param customerId     the customer
 * @param kind           charge, payment or credit
 * @param amountCentavos the amount, positive, in centavos
 * @param referenceId    the sale or return, else null
 * @param tender         how a payment was made, else null
 * @param authorizedBy   the manager who allowed going over the limit, else null
 * @param note           a note, else null
 * @param userId         who recorded it, else null
 * @param at             when
 */
public record FiadoRecorded(UUID eventId, UUID customerId, FiadoEntryKind kind, long amountCentavos, UUID referenceId,
        FiadoTender tender, UUID authorizedBy, String note, UUID userId, Instant at) implements TerminalEvent {

    /** The wire type name. */
    public static final String TYPE = "fiado.recorded";

    @Override
    public String wireType() {
        return TYPE;
    }
}
