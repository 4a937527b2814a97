package mx.michangarrito.pos.store;

import java.util.Objects;

/**
 * The schema of the database as this process opened it: the version it found, the version it has now
 * (after applying this build's migrations) and the newest version this build knows.
 *
 * @param found             schema version before opening ("0" for a new database)
 * @param current           schema version after the migrations of this build ran
 * @param latestKnown       newest migration this build carries
 * @param migrationsApplied migrations applied while opening (0 when the database was already current)
 */
public record SchemaStatus(String found, String current, String latestKnown, int migrationsApplied) {

    public SchemaStatus {
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(latestKnown, "latestKnown");
    }

    /** Whether every migration this build knows has been applied. */
    public boolean upToDate() {
        return current.equals(latestKnown);
    }
}
