package mx.michangarrito.pos.corte;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.cash.CashException;
import mx.michangarrito.pos.cash.CashMovementKind;
import mx.michangarrito.pos.cash.Shift;
import mx.michangarrito.pos.cash.ShiftClosingRow;
import mx.michangarrito.pos.cash.ShiftService;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;
import org.hibernate.Session;

/**
 * The corte de caja: the running figures of any shift, and closing the open one with the counted cash
 * (by denomination) and vouchers. A closed shift is immutable: its closing rows are written once, and no
 * sale, void, return or cash movement can be added to it.
 */
public final class CorteService {

    private static final System.Logger LOG = System.getLogger(CorteService.class.getName());

    private final PosDatabase database;
    private final Clock clock;
    private final UuidV7Generator ids;
    private final Outbox outbox;

    public CorteService(PosDatabase database, Clock clock, UuidV7Generator ids, Outbox outbox) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** The corte of a shift: expected figures so far if open, expected and counted if closed. */
    public CorteReport report(UUID shiftId) {
        return database.read(session -> {
            Shift shift = session.find(Shift.class, shiftId);
            if (shift == null) {
                throw CashException.unknownShift(shiftId);
            }
            return build(session, shift);
        });
    }

    /**
     * Closes the open shift.
     *
     * @param cash           the cash in the drawer, by denomination
     * @param countedOther   card and transfer totals from the vouchers/bank; a tender left out is taken as
     *                       expected (fiado is never counted: it is a balance, not money in hand)
     */
    public CorteReport close(UUID closedBy, CashCount cash, Map<TenderKind, Money> countedOther) {
        CorteReport report = closeShift(closedBy, cash, countedOther);
        // The end of a shift is the quiet moment to give back the space of the shift's appended commits
        // (decision 0004); a no-op unless the file is big and mostly dead.
        try {
            database.compactIfWasteful();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "Compacting the database after the corte failed", e);
        }
        return report;
    }

    private CorteReport closeShift(UUID closedBy, CashCount cash, Map<TenderKind, Money> countedOther) {
        return database.write(session -> {
            Shift shift = ShiftService.requireOpen(session);
            CorteReport expected = build(session, shift);
            ShiftClosingRow closing = new ShiftClosingRow(shift.id(), clock.instant(), closedBy);
            session.persist(closing);
            Map<TenderKind, Money> counted = new EnumMap<>(TenderKind.class);
            for (TenderKind kind : TenderKind.values()) {
                Money exp = expected.tenders().get(kind).expected();
                Money got = switch (kind) {
                    case CASH -> cash.total();
                    case FIADO -> exp;
                    case CARD, TRANSFER -> countedOther.getOrDefault(kind, exp);
                };
                counted.put(kind, got);
                session.persist(new ShiftClosingTender(shift.id(), kind, exp, got));
            }
            cash.pieces().forEach((d, n) -> session.persist(
                    new ShiftClosingCashCount(shift.id(), d.value().centavos(), n)));
            session.flush();
            CorteReport report = build(session, shift);
            outbox.append(session, new ShiftClosed(ids.next(), shift.id(), closedBy, closing.closedAt(), report.tickets(),
                    report.salesTotal(), expectedOf(report), counted));
            return report;
        });
    }

    /**
     * Prepares the corte's queries (Hibernate compiles each on first use, ~0.2 s together) so the first
     * corte of the day answers at once. Reads nothing that exists; safe to run in the background.
     */
    public void warmUp() {
        database.read(session -> {
            new CorteQueries(session, new UUID(0, 0)).warmUp();
            counted(session, new UUID(0, 0));
            return null;
        });
    }

    private static Map<TenderKind, Money> expectedOf(CorteReport report) {
        Map<TenderKind, Money> result = new EnumMap<>(TenderKind.class);
        report.tenders().forEach((k, f) -> result.put(k, f.expected()));
        return result;
    }

    private static CorteReport build(Session session, Shift shift) {
        CorteQueries q = new CorteQueries(session, shift.id());
        long[] voids = q.voids();
        long[] sales = q.sales(voids);
        CorteQueries.Taxes taxes = q.taxes();
        Map<TenderKind, Money> paid = q.tendersOfSales();
        Map<TenderKind, Money> refunds = q.refundsByTender();
        Map<CashMovementKind, Money> cash = q.cashByKind();
        Money change = Money.ofCentavos(sales[2]);

        Map<TenderKind, Money> salesByTender = new EnumMap<>(TenderKind.class);
        paid.forEach((kind, amount) -> salesByTender.put(kind, kind == TenderKind.CASH ? amount.minus(change) : amount));
        Map<TenderKind, Money> counted = counted(session, shift.id());
        Map<TenderKind, TenderFigures> tenders = new EnumMap<>(TenderKind.class);
        for (TenderKind kind : TenderKind.values()) {
            Money expected = kind == TenderKind.CASH
                    ? shift.openingFloat().plus(Money.sum(cash.values()))
                    : paid.getOrDefault(kind, Money.ZERO).minus(refunds.getOrDefault(kind, Money.ZERO));
            tenders.put(kind, new TenderFigures(expected, Optional.ofNullable(counted.get(kind))));
        }
        Optional<ShiftClosingRow> closing = Optional.ofNullable(session.find(ShiftClosingRow.class, shift.id()));
        return new CorteReport(shift.id(), shift.cashierId(), shift.openedAt(), closing.map(ShiftClosingRow::closedAt),
                shift.openingFloat(), sales[0], Money.ofCentavos(sales[1]), voids[0],
                Money.ofCentavos(voids[1]), q.returnCount(), Money.sum(refunds.values()),
                cash.getOrDefault(CashMovementKind.CASH_IN, Money.ZERO),
                cash.getOrDefault(CashMovementKind.CASH_OUT, Money.ZERO).negate(), salesByTender, tenders, taxes.iva, taxes.ieps);
    }

    private static Map<TenderKind, Money> counted(Session session, UUID shiftId) {
        Map<TenderKind, Money> result = new EnumMap<>(TenderKind.class);
        session.createSelectionQuery("from ShiftClosingTender where shiftId = :id", ShiftClosingTender.class)
                .setParameter("id", shiftId).getResultList().forEach(t -> result.put(t.tender(), t.counted()));
        return result;
    }

    /** Entity classes of this feature, for {@link PosDatabase#open}. */
    public static List<Class<?>> entities() {
        return List.of(ShiftClosingTender.class, ShiftClosingCashCount.class);
    }
}
