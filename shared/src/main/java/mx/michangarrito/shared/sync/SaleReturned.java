package mx.michangarrito.shared.sync;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import mx.michangarrito.shared.money.Money;

/**
 * Some lines (or parts of lines) of a sale returned, as a new record.
 *
 * @param eventId      the return's UUIDv7
 * @param saleId       the original sale
 * @param shiftId      the shift the return happened in
 * @param userId       who recorded it
 * @param refundTender how the money went back
 * @param total        the refunded amount
 * @param reason       why
 * @param at           when
 * @param lines        what came back
 */
public record SaleReturned(UUID eventId, UUID saleId, UUID shiftId, UUID userId, TenderKind refundTender,
        Money total, String reason, Instant at, List<Line> lines) implements TerminalEvent {

    /** The wire type name. */
    public static final String TYPE = "sale.returned";

    public SaleReturned {
        lines = List.copyOf(lines);
    }

    @Override
    public String wireType() {
        return TYPE;
    }

    /**
     * A returned line or part of one.
     *
     * @param saleLineId the original sale line
     * @param quantity   how much came back
     * @param amount     the refunded amount, tax included
     * @param base       the amount without taxes
     * @param ieps       IEPS refunded
     * @param iva        IVA refunded
     */
    public record Line(UUID saleLineId, BigDecimal quantity, Money amount, Money base, Money ieps, Money iva) {
    }
}
