package mx.michangarrito.pos.sale;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.cash.CashMovementKind;
import mx.michangarrito.pos.cash.Shift;
import mx.michangarrito.pos.cash.ShiftService;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.stock.MovementReason;
import mx.michangarrito.pos.stock.StockChange;
import mx.michangarrito.pos.stock.StockService;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;
import org.hibernate.Session;

/**
 * Takes goods back from a sale (some lines, or part of a line). The refund and its taxes are the returned
 * share of what the sale recorded for each line, never a new calculation, so a sale returned in parts
 * gives back exactly what it charged. Stock comes back; the refund goes out by the chosen tender.
 */
public final class ReturnService {

    private final PosDatabase database;
    private final Clock clock;
    private final UuidV7Generator ids;
    private final ShiftService shifts;
    private final StockService stock;
    private final CreditAccounts credit;
    private final Outbox outbox;

    public ReturnService(PosDatabase database, Clock clock, UuidV7Generator ids, ShiftService shifts,
            StockService stock, CreditAccounts credit, Outbox outbox) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.shifts = Objects.requireNonNull(shifts, "shifts");
        this.stock = Objects.requireNonNull(stock, "stock");
        this.credit = Objects.requireNonNull(credit, "credit");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /**
     * @param quantities sale line id → quantity brought back
     * @param refund     how the money goes back (fiado credits the sale's customer)
     */
    public SaleReturn returnItems(UUID saleId, Map<UUID, BigDecimal> quantities, TenderKind refund, UUID userId,
            String reason) {
        if (quantities.isEmpty()) {
            throw SaleException.of(SaleException.Reason.EMPTY_CART, "nothing to return");
        }
        return database.write(session -> {
            Sale sale = SaleQueries.require(session, saleId);
            if (SaleQueries.isVoided(session, saleId)) {
                throw SaleException.of(SaleException.Reason.RETURN_OF_VOIDED, "sale " + sale.folio() + " is voided");
            }
            if (refund == TenderKind.FIADO && sale.customerId().isEmpty()) {
                throw SaleException.of(SaleException.Reason.REFUND_FIADO_WITHOUT_CUSTOMER, "no customer on " + sale.folio());
            }
            Shift shift = ShiftService.requireOpen(session);
            UUID returnId = ids.next();
            List<SaleReturnLine> parts = returnedParts(session, sale, returnId, quantities);
            Money total = Money.sum(parts.stream().map(SaleReturnLine::amount).toList());
            SaleReturn ret = new SaleReturn(returnId, saleId, shift.id(), clock.instant(), userId, refund, total,
                    reason == null || reason.isBlank() ? null : reason.strip());
            session.persist(ret);
            parts.forEach(session::persist);
            for (SaleReturnLine part : parts) {
                SaleLine line = session.find(SaleLine.class, part.saleLineId());
                stock.record(session, new StockChange(line.productId(), part.quantity(), MovementReason.RETURN,
                        Optional.of(returnId), Optional.empty(), Optional.of(userId)));
            }
            refund(session, ret, sale, shift, userId);
            outbox.append(session, new SaleEvents.SaleReturned(returnId, saleId, shift.id(), userId, refund, total,
                    ret.reason(), ret.returnedAt(), parts.stream().map(p -> new SaleEvents.LineReturned(
                            p.saleLineId(), p.quantity(), p.amount(), p.base(), p.ieps(), p.iva())).toList()));
            return ret;
        });
    }

    private void refund(Session session, SaleReturn ret, Sale sale, Shift shift, UUID userId) {
        switch (ret.refundTender()) {
            case CASH -> shifts.record(session, shift.id(), CashMovementKind.REFUND, ret.total().negate(), null,
                    ret.id(), userId);
            case FIADO -> credit.credit(session, sale.customerId().orElseThrow(), ret.total(), ret.id());
            case CARD, TRANSFER -> {
                // given back on the card terminal or by bank transfer; the return record is the trace
            }
        }
    }

    private List<SaleReturnLine> returnedParts(Session session, Sale sale, UUID returnId, Map<UUID, BigDecimal> wanted) {
        Map<UUID, SaleLine> lines = new LinkedHashMap<>();
        SaleQueries.lines(session, sale.id()).forEach(l -> lines.put(l.id(), l));
        List<SaleReturnLine> parts = new ArrayList<>();
        for (Map.Entry<UUID, BigDecimal> e : wanted.entrySet()) {
            SaleLine line = lines.get(e.getKey());
            if (line == null) {
                throw SaleException.of(SaleException.Reason.UNKNOWN_SALE, "line " + e.getKey() + " not in " + sale.folio());
            }
            BigDecimal q = e.getValue();
            if (q == null || q.signum() <= 0 || q.stripTrailingZeros().scale() > 3) {
                throw SaleException.badQuantity(String.valueOf(q));
            }
            parts.add(share(returnId, line, q.setScale(3), SaleQueries.returned(session, line.id())));
        }
        return parts;
    }

    /** The returned share of what is left of the line: exact remainders when the rest comes back. */
    private static SaleReturnLine share(UUID returnId, SaleLine line, BigDecimal q, List<SaleReturnLine> before) {
        BigDecimal remainingQty = line.quantity().subtract(SaleQueries.returnedQuantity(before));
        if (q.compareTo(remainingQty) > 0) {
            throw SaleException.of(SaleException.Reason.RETURN_TOO_MUCH, "return " + q + " of " + remainingQty,
                    q.toPlainString(), line.description(), remainingQty.toPlainString());
        }
        long[] weights = {q.movePointRight(3).longValueExact(), remainingQty.subtract(q).movePointRight(3).longValueExact()};
        Money amount = remaining(line.amount(), before, SaleReturnLine::amount).allocate(weights).getFirst();
        Money iva = Money.min(remaining(line.iva(), before, SaleReturnLine::iva).allocate(weights).getFirst(), amount);
        Money ieps = Money.min(remaining(line.ieps(), before, SaleReturnLine::ieps).allocate(weights).getFirst(),
                amount.minus(iva));
        return new SaleReturnLine(returnId, line.id(), q, amount, ieps, iva);
    }

    private static Money remaining(Money total, List<SaleReturnLine> before,
            java.util.function.Function<SaleReturnLine, Money> part) {
        return total.minus(Money.sum(before.stream().map(part).toList()));
    }
}
