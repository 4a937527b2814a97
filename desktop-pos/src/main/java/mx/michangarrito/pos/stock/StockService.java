package mx.michangarrito.pos.stock;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.id.UuidV7Generator;
import org.hibernate.Session;

/**
 * Stock as a ledger: every change is a signed {@link StockMovement} with its reason and an outbox event,
 * and the on-hand column moves in the same transaction. Stock may go negative (a sale made offline is
 * never refused for stock); {@link #lowStock()} shows it.
 */
public final class StockService {

    private final PosDatabase database;
    private final Clock clock;
    private final UuidV7Generator ids;
    private final Outbox outbox;

    public StockService(PosDatabase database, Clock clock, UuidV7Generator ids, Outbox outbox) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
    }

    /** Records {@code change} inside the caller's transaction (a sale, a return): movement, level, outbox. */
    public StockMovement record(Session session, StockChange change) {
        if (session.find(Product.class, change.productId()) == null) {
            throw StockException.unknownProduct(change.productId());
        }
        StockMovement movement = new StockMovement(ids.next(), change, clock.instant());
        session.persist(movement);
        StockLevel level = session.find(StockLevel.class, change.productId());
        if (level == null) {
            session.persist(new StockLevel(change.productId(), change.quantity()));
        } else {
            level.add(change.quantity());
        }
        outbox.append(session, new StockMoved(movement.id(), movement.productId(), movement.quantity(),
                movement.reason(), change.referenceId().orElse(null), change.userId().orElse(null),
                movement.createdAt()));
        return movement;
    }

    /** Goods received from a supplier. */
    public StockMovement receivePurchase(UUID productId, BigDecimal quantity, Optional<String> note, Optional<UUID> by) {
        if (quantity.signum() <= 0) {
            throw StockException.badQuantity(quantity);
        }
        return database.write(session -> record(session,
                new StockChange(productId, quantity, MovementReason.PURCHASE, Optional.empty(), note, by)));
    }

    /** A correction with its reason (shrinkage, expired, breakage). */
    public StockMovement adjust(UUID productId, BigDecimal delta, String note, Optional<UUID> by) {
        if (note == null || note.isBlank()) {
            throw StockException.noteRequired();
        }
        return database.write(session -> record(session,
                new StockChange(productId, delta, MovementReason.ADJUSTMENT, Optional.empty(), Optional.of(note), by)));
    }

    /** A physical count: records the difference to what the system had, if any. */
    public Optional<StockMovement> count(UUID productId, BigDecimal counted, Optional<UUID> by) {
        if (counted.signum() < 0 || counted.stripTrailingZeros().scale() > 3) {
            throw StockException.badQuantity(counted);
        }
        return database.write(session -> {
            BigDecimal difference = counted.subtract(onHand(session, productId));
            if (difference.signum() == 0) {
                return Optional.<StockMovement>empty();
            }
            return Optional.of(record(session, new StockChange(productId, difference, MovementReason.COUNT,
                    Optional.empty(), Optional.of("conteo: " + counted.setScale(3).toPlainString()), by)));
        });
    }

    public BigDecimal onHand(UUID productId) {
        return database.read(session -> onHand(session, productId));
    }

    private static BigDecimal onHand(Session session, UUID productId) {
        StockLevel level = session.find(StockLevel.class, productId);
        return level == null ? BigDecimal.ZERO.setScale(3) : level.onHand();
    }

    /** Active products with a minimum set and on hand at or below it, most short first. */
    public List<LowStock> lowStock() {
        return database.read(session -> session.createSelectionQuery("""
                select new mx.michangarrito.pos.stock.LowStock(p.id, p.name, coalesce(l.onHand, 0), p.minStock)
                from Product p left join StockLevel l on l.productId = p.id
                where p.active = true and p.minStock > 0 and coalesce(l.onHand, 0) <= p.minStock
                order by coalesce(l.onHand, 0) - p.minStock, p.name""", LowStock.class).getResultList());
    }

    /** The product's movements, oldest first. */
    public List<StockMovement> movements(UUID productId) {
        return database.read(session -> session.createSelectionQuery(
                "from StockMovement where productId = :id order by createdAt, id", StockMovement.class)
                .setParameter("id", productId).getResultList());
    }

    /** Entity classes of this feature, for {@link PosDatabase#open}. */
    public static List<Class<?>> entities() {
        return List.of(StockMovement.class, StockLevel.class);
    }
}
