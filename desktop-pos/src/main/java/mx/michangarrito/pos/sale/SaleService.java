package mx.michangarrito.pos.sale;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.cash.CashMovementKind;
import mx.michangarrito.pos.cash.Shift;
import mx.michangarrito.pos.cash.ShiftService;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.stock.MovementReason;
import mx.michangarrito.pos.stock.StockChange;
import mx.michangarrito.pos.stock.StockService;
import mx.michangarrito.pos.store.Counters;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.id.Folio;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.tax.LineTaxes;
import mx.michangarrito.shared.tax.TaxBreakdown;
import org.hibernate.Session;

/**
 * Completes sales. One durable transaction writes the sale, its lines with their tax split, its tenders,
 * a stock movement per line, the fiado charge, the drawer's cash movement and every outbox event, and
 * takes the next folio; if anything fails, nothing of it is written.
 */
public final class SaleService {

    private final PosDatabase database;
    private final Clock clock;
    private final UuidV7Generator ids;
    private final SalePolicy policy;
    private final ManagerApproval approval;
    private final ShiftService shifts;
    private final StockService stock;
    private final CreditAccounts credit;
    private final Outbox outbox;

    public SaleService(PosDatabase database, Clock clock, UuidV7Generator ids, SalePolicy policy,
            ManagerApproval approval, ShiftService shifts, StockService stock, CreditAccounts credit, Outbox outbox) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.approval = Objects.requireNonNull(approval, "approval");
        this.shifts = Objects.requireNonNull(shifts, "shifts");
        this.stock = Objects.requireNonNull(stock, "stock");
        this.credit = Objects.requireNonNull(credit, "credit");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** Whether the cart's discounts need a manager before it can be paid. */
    public boolean needsDiscountApproval(Cart cart) {
        return cart.discountsExceed(policy.discountLimitPercent()) && cart.discountApprovedBy().isEmpty();
    }

    /** A manager approves the cart's current discounts with their PIN. */
    public void approveDiscounts(Cart cart, UUID managerId, String pin) {
        cart.approveDiscounts(approval.approve(managerId, pin));
    }

    /** A manager allows a fiado charge above the customer's limit: the returned tender carries the approval. */
    public Tender approveOverLimit(Tender fiado, UUID managerId, String pin) {
        UUID approver = approval.approve(managerId, pin);
        return new Tender(fiado.kind(), fiado.amount(), fiado.reference(), fiado.customerId(), Optional.of(approver));
    }

    /**
     * Stores the sale and returns its folio and change. The cart is left as it was (the counter clears it).
     *
     * @throws SaleException, mx.michangarrito.pos.cash.CashException (no open shift) or the fiado ledger's
     *         error (over the limit); in every case nothing was written
     */
    public CompletedSale complete(Cart cart, List<Tender> tenders, UUID cashierId) {
        if (cart.isEmpty()) {
            throw SaleException.of(SaleException.Reason.EMPTY_CART, "empty cart");
        }
        if (needsDiscountApproval(cart)) {
            throw SaleException.of(SaleException.Reason.DISCOUNT_NEEDS_MANAGER, "discount above limit");
        }
        List<CartLine> lines = cart.lines();
        TaxBreakdown totals = cart.totals();
        Payment payment = Payment.check(totals.total(), tenders);
        return database.write(session -> {
            Shift shift = ShiftService.requireOpen(session);
            UUID saleId = ids.next();
            Folio folio = new Folio(policy.terminalCode(), Counters.next(session, "folio"));
            Sale sale = new Sale(saleId, folio.toString(), shift.id(), cashierId, customerOf(cart, tenders),
                    clock.instant(), totals, payment.change(), cart.discountApprovedBy().orElse(null));
            session.persist(sale);
            List<SaleLine> saleLines = writeLines(session, saleId, shift.id(), lines, totals.lines(), cashierId);
            List<SaleTender> saleTenders = new ArrayList<>();
            for (Tender tender : tenders) {
                SaleTender row = new SaleTender(ids.next(), saleId, shift.id(), tender);
                session.persist(row);
                saleTenders.add(row);
                if (tender.kind() == mx.michangarrito.pos.cash.TenderKind.FIADO) {
                    credit.charge(session, tender.customerId().orElseThrow(), tender.amount(), saleId, tender.overrideBy());
                }
            }
            if (payment.cashKept().isPositive()) {
                shifts.record(session, shift.id(), CashMovementKind.SALE, payment.cashKept(), null, saleId, cashierId);
            }
            outbox.append(session, completedEvent(sale, saleLines, saleTenders));
            return new CompletedSale(saleId, folio.toString(), totals, lines, List.copyOf(tenders), payment.change(),
                    sale.completedAt());
        });
    }

    private List<SaleLine> writeLines(Session session, UUID saleId, UUID shiftId, List<CartLine> lines,
            List<LineTaxes> taxes, UUID cashierId) {
        List<SaleLine> written = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            CartLine line = lines.get(i);
            SaleLine row = new SaleLine(ids.next(), saleId, shiftId, i + 1, line, taxes.get(i));
            row.recordCostOf(session.find(Product.class, line.productId()));
            session.persist(row);
            written.add(row);
            stock.record(session, new StockChange(line.productId(), line.quantity().negate(), MovementReason.SALE,
                    Optional.of(saleId), Optional.empty(), Optional.of(cashierId)));
        }
        return written;
    }

    private static UUID customerOf(Cart cart, List<Tender> tenders) {
        return cart.customerId().orElseGet(() -> tenders.stream().flatMap(t -> t.customerId().stream())
                .findFirst().orElse(null));
    }

    private static SaleEvents.SaleCompleted completedEvent(Sale s, List<SaleLine> lines, List<SaleTender> tenders) {
        return new SaleEvents.SaleCompleted(s.id(), s.folio(), s.shiftId(), s.cashierId(), s.customerId().orElse(null),
                s.completedAt(), s.subtotal(), s.discount(), s.ieps(), s.iva(), s.total(), s.change(),
                lines.stream().map(SaleEvents.LineSold::of).toList(),
                tenders.stream().map(SaleEvents.TenderPaid::of).toList());
    }

    /** Entity classes of this feature, for {@link PosDatabase#open}. */
    public static List<Class<?>> entities() {
        return List.of(Sale.class, SaleLine.class, SaleTender.class);
    }
}
