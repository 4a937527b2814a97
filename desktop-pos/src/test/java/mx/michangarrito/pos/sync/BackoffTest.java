package mx.michangarrito.pos.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class BackoffTest {

    /** Always the lowest or the highest jitter. */
    private static RandomGenerator fixed(boolean highest) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                throw new UnsupportedOperationException();
            }

            @Override
            public long nextLong(long bound) {
                return highest ? bound - 1 : 0;
            }
        };
    }

    @Test
    void theCeilingDoublesUpToTheCap() {
        Backoff highest = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20), fixed(true));
        assertEquals(Duration.ofSeconds(1), highest.delay(1));
        assertEquals(Duration.ofSeconds(2), highest.delay(2));
        assertEquals(Duration.ofSeconds(4), highest.delay(3));
        assertEquals(Duration.ofSeconds(16), highest.delay(5));
        assertEquals(Duration.ofSeconds(20), highest.delay(6));
        assertEquals(Duration.ofSeconds(20), highest.delay(1_000));
    }

    @Test
    void jitterNeverGoesBelowHalfTheCeiling() {
        Backoff lowest = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20), fixed(false));
        assertEquals(Duration.ofMillis(500), lowest.delay(1));
        assertEquals(Duration.ofSeconds(8), lowest.delay(5));
        assertEquals(Duration.ofSeconds(10), lowest.delay(40));
    }

    @Test
    void realJitterStaysInsideTheBand() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20), RandomGenerator.of("L64X128MixRandom"));
        for (int failures = 1; failures < 12; failures++) {
            long ceiling = Math.min(20_000, 1_000L << Math.min(failures - 1, 20));
            long ms = backoff.delay(failures).toMillis();
            assertTrue(ms >= ceiling / 2 && ms <= ceiling, failures + " failures: " + ms + " ms");
        }
    }

    @Test
    void nonsenseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), fixed(true)));
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), fixed(true)));
        assertThrows(IllegalArgumentException.class,
                () -> new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), fixed(true)).delay(0));
    }
}
