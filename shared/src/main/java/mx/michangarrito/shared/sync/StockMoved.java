package mx.michangarrito.shared.sync;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One stock movement: a signed delta the cloud adds to the product's stock on hand. Stock never
 * conflicts: terminals send deltas and the cloud sums them, even below zero.
 *
 * @param eventId     the movement's UUIDv7
 * @param productId   the product
 * @param quantity    the signed delta (3 decimals), never zero
 * @param reason      why
 * @param referenceId the sale, return or void that caused it, else null
 * @param userId      who did it
 * @param at          when
 */
public record StockMoved(UUID eventId, UUID productId, BigDecimal quantity, StockReason reason, UUID referenceId,
        UUID userId, Instant at) implements TerminalEvent {

    /** The wire type name. */
    public static final String TYPE = "stock.moved";

    @Override
    public String wireType() {
        return TYPE;
    }
}
