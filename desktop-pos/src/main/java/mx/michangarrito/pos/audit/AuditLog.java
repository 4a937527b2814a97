package mx.michangarrito.pos.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.id.Ids;
import org.hibernate.Session;

/**
 * The append-only record of sensitive actions. {@link #record} writes inside the caller's transaction,
 * so an action and its audit row commit together or not at all; nothing here updates or deletes a row.
 */
public final class AuditLog {

    private final PosDatabase database;
    private final Clock clock;

    public AuditLog(PosDatabase database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Adds an entry in {@code session}'s transaction, stamped with the clock's current instant.
     * Over-long subject or detail texts are cut rather than refused: the log never makes an action fail.
     *
     * @param userId  who did it, or {@code null} when nobody known did
     * @param subject what it was done to or for, or {@code null}
     * @param detail  technical detail in English, or {@code null}
     */
    public AuditEntry record(Session session, AuditAction action, UUID userId, String subject, String detail) {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(action, "action");
        AuditEntry entry = new AuditEntry(Ids.newUuidV7(), clock.instant(), userId, action,
                cut(subject, AuditEntry.SUBJECT_LENGTH), cut(detail, AuditEntry.DETAIL_LENGTH));
        session.persist(entry);
        return entry;
    }

    /** Entries with {@code from <= at < to}, oldest first. */
    public List<AuditEntry> between(Instant from, Instant to) {
        return database.read(session -> session.createSelectionQuery(
                        "from AuditEntry where at >= :from and at < :to order by at, id", AuditEntry.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
    }

    /** What {@code userId} did with {@code from <= at < to}, oldest first. */
    public List<AuditEntry> byUser(UUID userId, Instant from, Instant to) {
        Objects.requireNonNull(userId, "userId");
        return database.read(session -> session.createSelectionQuery(
                        "from AuditEntry where userId = :user and at >= :from and at < :to order by at, id",
                        AuditEntry.class)
                .setParameter("user", userId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultList());
    }

    private static String cut(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split an emoji or other surrogate pair
        }
        return text.substring(0, end) + "…";
    }
}
