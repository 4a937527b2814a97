package mx.michangarrito.pos.sale;

import java.time.Clock;
import java.util.List;
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

/**
 * Cancels a whole sale of the open shift with a manager's PIN. The sale stays as it was; a void record
 * points at it, and stock, cash and fiado are put back by their own movements.
 */
public final class VoidService {

    private final PosDatabase database;
    private final Clock clock;
    private final UuidV7Generator ids;
    private final ManagerApproval approval;
    private final ShiftService shifts;
    private final StockService stock;
    private final CreditAccounts credit;
    private final Outbox outbox;

    public VoidService(PosDatabase database, Clock clock, UuidV7Generator ids, ManagerApproval approval,
            ShiftService shifts, StockService stock, CreditAccounts credit, Outbox outbox) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.approval = Objects.requireNonNull(approval, "approval");
        this.shifts = Objects.requireNonNull(shifts, "shifts");
        this.stock = Objects.requireNonNull(stock, "stock");
        this.credit = Objects.requireNonNull(credit, "credit");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    public SaleVoid voidSale(UUID saleId, String reason, UUID requestedBy, UUID managerId, String managerPin) {
        if (reason == null || reason.isBlank()) {
            throw SaleException.of(SaleException.Reason.REASON_REQUIRED, "void without reason");
        }
        UUID approver = approval.approve(managerId, managerPin);
        return database.write(session -> {
            Sale sale = SaleQueries.require(session, saleId);
            if (SaleQueries.isVoided(session, saleId)) {
                throw SaleException.of(SaleException.Reason.ALREADY_VOIDED, "sale " + sale.folio() + " voided");
            }
            Shift open = ShiftService.requireOpen(session);
            if (!open.id().equals(sale.shiftId())) {
                throw SaleException.of(SaleException.Reason.VOID_OTHER_SHIFT, "sale " + sale.folio() + " of another shift");
            }
            if (SaleQueries.hasReturns(session, saleId)) {
                throw SaleException.of(SaleException.Reason.VOID_AFTER_RETURN, "sale " + sale.folio() + " has returns");
            }
            SaleVoid voided = new SaleVoid(ids.next(), sale, clock.instant(), requestedBy, approver, reason.strip());
            session.persist(voided);
            for (SaleLine line : SaleQueries.lines(session, saleId)) {
                stock.record(session, new StockChange(line.productId(), line.quantity(), MovementReason.VOID,
                        Optional.of(saleId), Optional.empty(), Optional.of(requestedBy)));
            }
            Money cash = SaleQueries.cashKept(session, sale);
            if (cash.isPositive()) {
                shifts.record(session, open.id(), CashMovementKind.VOID, cash.negate(), null, saleId, requestedBy);
            }
            List<SaleTender> fiado = SaleQueries.tenders(session, saleId).stream()
                    .filter(t -> t.kind() == TenderKind.FIADO).toList();
            for (SaleTender t : fiado) {
                credit.credit(session, t.customerId().orElseThrow(), t.amount(), voided.id());
            }
            outbox.append(session, new SaleEvents.SaleVoided(voided.id(), saleId, open.id(), requestedBy, approver,
                    voided.reason(), voided.voidedAt()));
            return voided;
        });
    }

    /** Entity classes of voids, returns and parked carts, for {@link PosDatabase#open}. */
    public static List<Class<?>> entities() {
        return List.of(SaleVoid.class, SaleReturn.class, SaleReturnLine.class, ParkedSale.class);
    }
}
