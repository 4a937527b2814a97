package mx.michangarrito.pos.store;

import org.hibernate.Session;

/**
 * Gapless counters (ticket folios, the outbox sequence). The next value is taken by an UPDATE in the
 * caller's transaction: the row stays locked until it commits, and a rollback gives the number back, so
 * committed numbers have no gaps and no repeats. Each counter's row is created by the migration of
 * the feature that uses it ({@code INSERT INTO counter VALUES ('folio', 0)}), never on first use, so two
 * first uses cannot race.
 */
public final class Counters {

    private Counters() {
    }

    /** The next value of {@code name}, within {@code session}'s transaction. */
    public static long next(Session session, String name) {
        int updated = session.createNativeMutationQuery("UPDATE counter SET last_value = last_value + 1 WHERE name = :name")
                .setParameter("name", name)
                .executeUpdate();
        if (updated == 0) {
            throw new IllegalStateException("no counter '" + name + "': the migration of its feature creates it");
        }
        return current(session, name);
    }

    /** The last value handed out (0 if none), as seen by {@code session}'s transaction. */
    public static long current(Session session, String name) {
        Object value = session.createNativeQuery("SELECT last_value FROM counter WHERE name = :name", Long.class)
                .setParameter("name", name)
                .uniqueResult();
        return value == null ? 0 : (Long) value;
    }
}
