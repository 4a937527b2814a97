package mx.michangarrito.shared.sync;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import mx.michangarrito.shared.money.Money;

/**
 * A sale completed at the counter, with everything needed to rebuild it: lines with their tax split and
 * the tenders that paid it. The event id is the sale's id.
 *
 * @param eventId     the sale's UUIDv7
 * @param folio       the human ticket folio, {@code <terminal>-<number>}
 * @param shiftId     the cash shift it was sold in
 * @param cashierId   who sold it
 * @param customerId  the customer, if any (required for fiado), else null
 * @param completedAt when it was completed
 * @param subtotal    sum of the lines before the ticket discount
 * @param discount    the discounts given
 * @param ieps        IEPS included in the total
 * @param iva         IVA included in the total
 * @param total       what the customer owed
 * @param change      the cash given back
 * @param lines       the sold lines
 * @param tenders     the payments
 */
public record SaleCompleted(UUID eventId, String folio, UUID shiftId, UUID cashierId, UUID customerId,
        Instant completedAt, Money subtotal, Money discount, Money ieps, Money iva, Money total, Money change,
        List<Line> lines, List<Tender> tenders) implements TerminalEvent {

    /** The wire type name. */
    public static final String TYPE = "sale.completed";

    public SaleCompleted {
        lines = List.copyOf(lines);
        tenders = List.copyOf(tenders);
    }

    @Override
    public String wireType() {
        return TYPE;
    }

    /**
     * A sold line.
     *
     * @param lineNo      1-based position on the ticket
     * @param productId   the product
     * @param description the name printed on the ticket
     * @param quantity    units or kilograms (3 decimals)
     * @param unitPrice   tax-inclusive unit price
     * @param discount    the line's discount
     * @param amount      what the line costs, tax included
     * @param base        the amount without taxes
     * @param ieps        the line's IEPS
     * @param iva         the line's IVA
     * @param ivaRate     the IVA rate's name (e.g. {@code GENERAL_16})
     * @param iepsPercent the IEPS percentage, or null when none applies
     * @param lineId      the sale line's UUIDv7, the id a {@code sale.returned} line names; null from terminals
     *                    on schema version 2 or older (decision 0018)
     */
    public record Line(int lineNo, UUID productId, String description, BigDecimal quantity, Money unitPrice,
            Money discount, Money amount, Money base, Money ieps, Money iva, String ivaRate, BigDecimal iepsPercent,
            UUID lineId) {
    }

    /**
     * A payment of the sale.
     *
     * @param kind       cash, card, transfer or fiado
     * @param amount     what this tender paid
     * @param reference  card authorisation or transfer reference, else null
     * @param customerId the fiado customer, else null
     */
    public record Tender(TenderKind kind, Money amount, String reference, UUID customerId) {
    }
}
