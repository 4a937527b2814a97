package mx.michangarrito.pos.sale;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.outbox.OutboxEvent;
import mx.michangarrito.shared.money.Money;

/** Outbox events of sales, voids and returns: everything the cloud needs to rebuild them. */
public final class SaleEvents {

    private SaleEvents() {
    }

    /** A sold line as the cloud stores it; {@code lineId} is what a return's {@code saleLineId} names. */
    public record LineSold(int lineNo, UUID productId, String description, BigDecimal quantity, Money unitPrice,
            Money discount, Money amount, Money base, Money ieps, Money iva, String ivaRate, BigDecimal iepsPercent,
            UUID lineId) {
        static LineSold of(SaleLine l) {
            return new LineSold(l.lineNo(), l.productId(), l.description(), l.quantity(), l.unitPrice(), l.discount(),
                    l.amount(), l.base(), l.ieps(), l.iva(), l.taxes().iva().name(),
                    l.taxes().ieps().map(r -> r.percent()).orElse(null), l.id());
        }
    }

    /** A payment of a sale. */
    public record TenderPaid(TenderKind kind, Money amount, String reference, UUID customerId) {
        static TenderPaid of(SaleTender t) {
            return new TenderPaid(t.kind(), t.amount(), t.reference().orElse(null), t.customerId().orElse(null));
        }
    }

    /** A sale was completed. */
    public record SaleCompleted(UUID eventId, String folio, UUID shiftId, UUID cashierId, UUID customerId,
            Instant completedAt, Money subtotal, Money discount, Money ieps, Money iva, Money total, Money change,
            List<LineSold> lines, List<TenderPaid> tenders) implements OutboxEvent {
        @Override
        public String eventType() {
            return "sale.completed";
        }

        @Override
        public UUID aggregateId() {
            return eventId;
        }
    }

    /** A whole sale was voided. */
    public record SaleVoided(UUID eventId, UUID saleId, UUID shiftId, UUID requestedBy, UUID authorizedBy,
            String reason, Instant at) implements OutboxEvent {
        @Override
        public String eventType() {
            return "sale.voided";
        }

        @Override
        public UUID aggregateId() {
            return saleId;
        }
    }

    /** A returned line (part of a line). */
    public record LineReturned(UUID saleLineId, BigDecimal quantity, Money amount, Money base, Money ieps, Money iva) {
    }

    /** Some lines of a sale were returned. */
    public record SaleReturned(UUID eventId, UUID saleId, UUID shiftId, UUID userId, TenderKind refundTender,
            Money total, String reason, Instant at, List<LineReturned> lines) implements OutboxEvent {
        @Override
        public String eventType() {
            return "sale.returned";
        }

        @Override
        public UUID aggregateId() {
            return saleId;
        }
    }
}
