package mx.michangarrito.shared.id;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Generates RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds, then randomness, so ids sort by
 * creation time. Within one millisecond the 12-bit {@code rand_a} field is a counter (RFC 9562 §6.2,
 * method 1), started at a random value in its lower half, so ids from one generator are strictly
 * increasing; if the counter runs out, or the clock steps back, the generator keeps counting on from
 * the last timestamp it used instead of going back in time. Thread-safe.
 */
public final class UuidV7Generator {

    private static final int COUNTER_BITS = 12;
    private static final long COUNTER_MAX = (1L << COUNTER_BITS) - 1;

    private final Clock clock;
    private final RandomGenerator random;
    private long lastMillis = -1;
    private long counter;

    public UuidV7Generator(Clock clock, RandomGenerator random) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A generator on the system clock with a {@link SecureRandom}. */
    public static UuidV7Generator system() {
        return new UuidV7Generator(Clock.systemUTC(), new SecureRandom());
    }

    public UUID next() {
        long millis;
        long sequence;
        synchronized (this) {
            long now = clock.millis();
            if (now > lastMillis) {
                lastMillis = now;
                counter = random.nextLong(COUNTER_MAX / 2 + 1);
            } else if (counter < COUNTER_MAX) {
                counter++;
            } else {
                lastMillis++;
                counter = random.nextLong(COUNTER_MAX / 2 + 1);
            }
            millis = lastMillis;
            sequence = counter;
        }
        long msb = (millis << 16) | (0x7L << 12) | sequence;
        long lsb = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The creation instant (millisecond precision) written in a version 7 UUID. */
    public static Instant instantOf(UUID uuid) {
        if (uuid.version() != 7) {
            throw new IllegalArgumentException("not a version 7 UUID: " + uuid);
        }
        return Instant.ofEpochMilli(uuid.getMostSignificantBits() >>> 16);
    }
}
