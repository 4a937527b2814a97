package mx.michangarrito.shared.id;

import java.util.UUID;

/**
 * Ids for records born on a terminal or in the cloud: time-ordered UUIDv7 from one process-wide
 * generator on the system clock (like {@link UUID#randomUUID()}). Code that needs a fixed clock in
 * tests takes a {@link UuidV7Generator} instead.
 */
public final class Ids {

    private static final UuidV7Generator SYSTEM = UuidV7Generator.system();

    private Ids() {
    }

    /** A new UUIDv7, greater than every one this process generated before. */
    public static UUID newUuidV7() {
        return SYSTEM.next();
    }
}
