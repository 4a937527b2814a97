package mx.michangarrito.shared.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class UuidV7GeneratorTest {

    private static final Instant T0 = Instant.parse("2026-11-23T16:00:00.123Z");

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        final AtomicLong millis = new AtomicLong(T0.toEpochMilli());

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis.get());
        }
    }

    @Test
    void writesVersionSevenVariantTwoAndTheTimestamp() {
        UUID id = new UuidV7Generator(Clock.fixed(T0, ZoneOffset.UTC), new SplittableRandom(1)).next();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(T0, UuidV7Generator.instantOf(id));
        assertEquals(T0.toEpochMilli(), id.getMostSignificantBits() >>> 16);
    }

    @Test
    void idsWithinOneMillisecondStrictlyIncrease() {
        UuidV7Generator ids = new UuidV7Generator(Clock.fixed(T0, ZoneOffset.UTC), new SplittableRandom(2));
        UUID previous = ids.next();
        for (int i = 0; i < 10_000; i++) { // more than the 12-bit counter holds
            UUID next = ids.next();
            assertTrue(compareUnsigned(previous, next) < 0, previous + " !< " + next);
            previous = next;
        }
    }

    @Test
    void aClockSteppingBackDoesNotMakeIdsGoBack() {
        HandClock clock = new HandClock();
        UuidV7Generator ids = new UuidV7Generator(clock, new SplittableRandom(3));
        UUID before = ids.next();
        clock.millis.addAndGet(-5_000);
        UUID after = ids.next();
        assertTrue(compareUnsigned(before, after) < 0);
        assertEquals(UuidV7Generator.instantOf(before), UuidV7Generator.instantOf(after));
    }

    @Test
    void idsSortByCreationTimeAsStringsToo() {
        HandClock clock = new HandClock();
        UuidV7Generator ids = new UuidV7Generator(clock, new SplittableRandom(4));
        List<String> made = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            made.add(ids.next().toString());
            clock.millis.addAndGet(i % 3);
        }
        List<String> sorted = new ArrayList<>(made);
        sorted.sort(null);
        assertEquals(made, sorted);
    }

    @Test
    void concurrentCallersNeverGetTheSameId() throws InterruptedException {
        UuidV7Generator ids = UuidV7Generator.system();
        ConcurrentLinkedQueue<UUID> made = new ConcurrentLinkedQueue<>();
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 5_000; i++) {
                    made.add(ids.next());
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        Set<UUID> unique = new HashSet<>(made);
        assertEquals(20_000, unique.size());
    }

    @Test
    void staticIdsAreVersionSevenAndIncreasing() {
        UUID a = Ids.newUuidV7();
        UUID b = Ids.newUuidV7();
        assertEquals(7, a.version());
        assertTrue(compareUnsigned(a, b) < 0);
    }

    @Test
    void instantOfRejectsOtherVersions() {
        assertThrows(IllegalArgumentException.class, () -> UuidV7Generator.instantOf(UUID.randomUUID()));
    }

    /** UUID.compareTo compares signed longs; time order is unsigned (as the text form sorts). */
    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
