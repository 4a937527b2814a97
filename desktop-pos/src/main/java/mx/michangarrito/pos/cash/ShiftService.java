package mx.michangarrito.pos.cash;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.money.Money;
import org.hibernate.Session;

/**
 * Shifts and the drawer's cash: one open shift per terminal, cash in/out with a reason, and the cash
 * ledger the sale engine writes into. Closing (the corte de caja) is done by {@code pos.corte}.
 */
public final class ShiftService {

    private final PosDatabase database;
    private final Clock clock;
    private final UuidV7Generator ids;
    private final Outbox outbox;

    public ShiftService(PosDatabase database, Clock clock, UuidV7Generator ids, Outbox outbox) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    public Shift open(UUID cashierId, Money openingFloat) {
        if (openingFloat.isNegative()) {
            throw CashException.badAmount(openingFloat);
        }
        return database.write(session -> {
            if (openShift(session).isPresent()) {
                throw CashException.alreadyOpen();
            }
            Shift shift = new Shift(ids.next(), cashierId, clock.instant(), openingFloat);
            session.persist(shift);
            outbox.append(session, new CashEvents.ShiftOpened(shift.id(), cashierId, openingFloat, shift.openedAt()));
            return shift;
        });
    }

    /** The shift open at this terminal, if any. */
    public Optional<Shift> current() {
        return database.read(ShiftService::openShift);
    }

    /** The open shift, inside the caller's transaction. */
    public static Optional<Shift> openShift(Session session) {
        return session.createSelectionQuery(
                "from Shift s where not exists (from ShiftClosingRow c where c.shiftId = s.id)", Shift.class)
                .uniqueResultOptional();
    }

    /** The open shift or a typed error, inside the caller's transaction. */
    public static Shift requireOpen(Session session) {
        return openShift(session).orElseThrow(CashException::noOpenShift);
    }

    /** Whether {@code shiftId} has been closed, inside the caller's transaction. */
    public static boolean isClosed(Session session, UUID shiftId) {
        return session.find(ShiftClosingRow.class, shiftId) != null;
    }

    public CashMovement cashIn(UUID userId, Money amount, String reason) {
        return manual(userId, CashMovementKind.CASH_IN, amount, reason);
    }

    /** Takes cash out; refused if the drawer should not hold that much. */
    public CashMovement cashOut(UUID userId, Money amount, String reason) {
        return manual(userId, CashMovementKind.CASH_OUT, amount, reason);
    }

    private CashMovement manual(UUID userId, CashMovementKind kind, Money amount, String reason) {
        if (!amount.isPositive()) {
            throw CashException.badAmount(amount);
        }
        if (reason == null || reason.isBlank()) {
            throw CashException.reasonRequired();
        }
        return database.write(session -> {
            Shift shift = requireOpen(session);
            if (kind == CashMovementKind.CASH_OUT) {
                Money inDrawer = expectedCash(session, shift);
                if (amount.isGreaterThan(inDrawer)) {
                    throw CashException.notEnoughCash(amount, inDrawer);
                }
            }
            Money signed = kind == CashMovementKind.CASH_OUT ? amount.negate() : amount;
            return record(session, shift.id(), kind, signed, reason.strip(), null, userId);
        });
    }

    /** Writes a cash movement and its outbox event inside the caller's transaction. */
    public CashMovement record(Session session, UUID shiftId, CashMovementKind kind, Money signedAmount, String reason,
            UUID referenceId, UUID userId) {
        CashMovement movement = new CashMovement(ids.next(), shiftId, kind, signedAmount, reason, referenceId, userId,
                clock.instant());
        session.persist(movement);
        outbox.append(session, new CashEvents.CashMoved(movement.id(), shiftId, kind, signedAmount, reason,
                referenceId, userId, movement.createdAt()));
        return movement;
    }

    /** Opening float plus every cash movement of the shift. */
    public static Money expectedCash(Session session, Shift shift) {
        Long moved = session.createSelectionQuery(
                "select coalesce(sum(amountCentavos), 0) from CashMovement where shiftId = :id", Long.class)
                .setParameter("id", shift.id()).getSingleResult();
        return shift.openingFloat().plus(Money.ofCentavos(moved));
    }

    public List<CashMovement> movements(UUID shiftId) {
        return database.read(session -> session.createSelectionQuery(
                "from CashMovement where shiftId = :id order by createdAt, id", CashMovement.class)
                .setParameter("id", shiftId).getResultList());
    }

    /** Entity classes of this feature, for {@link PosDatabase#open}. */
    public static List<Class<?>> entities() {
        return List.of(Shift.class, CashMovement.class, ShiftClosingRow.class);
    }
}
