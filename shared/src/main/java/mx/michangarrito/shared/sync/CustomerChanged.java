package mx.michangarrito.shared.sync;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer created or changed at the counter, with the whole new state.
 *
 * @param eventId             the change's UUIDv7
 * @param customerId          the customer
 * @param created             true for the first record of this customer
 * @param name                the name
 * @param phone               the phone, else null
 * @param creditLimitCentavos the fiado credit limit in centavos
 * @param note                a note, else null
 * @param active              false once deactivated
 * @param userId              who did it, else null
 * @param at                  when
 */
public record CustomerChanged(UUID eventId, UUID customerId, boolean created, String name, String phone,
        long creditLimitCentavos, String note, boolean active, UUID userId, Instant at) implements TerminalEvent {

    /** The wire type name. */
    public static final String TYPE = "customer.changed";

    @Override
    public String wireType() {
        return TYPE;
    }
}
