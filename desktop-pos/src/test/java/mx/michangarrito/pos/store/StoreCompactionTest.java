package mx.michangarrito.pos.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.pos.settings.Setting;
import mx.michangarrito.pos.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every commit is appended (REUSE_SPACE=FALSE); opening gives the dead space back when it is worth it. */
class StoreCompactionTest {

    private static final List<Class<?>> ENTITIES = List.of(Setting.class);
    private static final StoreCompaction.Thresholds NEVER = new StoreCompaction.Thresholds(Long.MAX_VALUE, 0);
    private static final StoreCompaction.Thresholds ALWAYS_WHEN_HALF_DEAD = new StoreCompaction.Thresholds(0, 50);
    private static final int WRITES = 300;

    @TempDir
    Path dataDir;

    @Test
    void commitsAreAppendedSoTheFileGrowsWithEveryWrite() throws IOException {
        long afterFew = fileSizeAfterWrites(10);
        long afterMany = fileSizeAfterWrites(WRITES);

        assertTrue(afterMany > afterFew + (WRITES - 10) * 1024L,
                "expected append-only growth, got " + afterFew + " then " + afterMany + " bytes");
    }

    @Test
    void openingAMostlyDeadFileCompactsItAndKeepsEveryCommittedValue() throws IOException {
        fileSizeAfterWrites(WRITES);
        Path file = PosDatabase.databaseFile(dataDir);
        long before = Files.size(file);

        try (PosDatabase db = PosDatabase.open(dataDir, ENTITIES, ALWAYS_WHEN_HALF_DEAD)) {
            assertEquals(Optional.of("value-" + (WRITES - 1)), new Settings(db, Clock.systemUTC()).get("key"));
            assertEquals((long) WRITES, (long) db.read(session -> Counters.current(session, "test")));
        }

        long after = Files.size(file);
        assertTrue(after * 4 < before, "expected the file to shrink a lot: " + before + " -> " + after + " bytes");
        assertFalse(Files.exists(StoreCompaction.copyOf(file)));
    }

    @Test
    void aFileBelowTheThresholdIsLeftAlone() throws IOException {
        fileSizeAfterWrites(WRITES);
        Path file = PosDatabase.databaseFile(dataDir);
        long before = Files.size(file);

        try (PosDatabase db = PosDatabase.open(dataDir, ENTITIES, NEVER)) {
            assertEquals((long) WRITES, (long) db.read(session -> Counters.current(session, "test")));
        }

        assertTrue(Files.size(file) >= before, "the file was compacted although it was below the threshold");
    }

    @Test
    void theCopyOfAnInterruptedCompactionIsDiscardedAndTheDatabaseIsIntact() throws IOException {
        fileSizeAfterWrites(20);
        Path file = PosDatabase.databaseFile(dataDir);
        Path copy = StoreCompaction.copyOf(file);
        Files.write(copy, new byte[] {'H', 'a', 'l', 'f'}); // a power cut in the middle of writing the copy

        try (PosDatabase db = PosDatabase.open(dataDir, ENTITIES, NEVER)) {
            assertEquals((long) 20, (long) db.read(session -> Counters.current(session, "test")));
        }

        assertFalse(Files.exists(copy));
    }

    @Test
    void theDatabaseStaysUsableForWritesAfterACompaction() throws IOException {
        fileSizeAfterWrites(WRITES);
        try (PosDatabase db = PosDatabase.open(dataDir, ENTITIES, ALWAYS_WHEN_HALF_DEAD)) {
            db.write(session -> Counters.next(session, "test"));
        }
        try (PosDatabase db = PosDatabase.open(dataDir, ENTITIES, NEVER)) {
            assertEquals((long) WRITES + 1, (long) db.read(session -> Counters.current(session, "test")));
        }
    }

    @Test
    void aRunningDatabaseCompactsWhileReadersWaitAndKeepsWorking() throws Exception {
        fileSizeAfterWrites(WRITES);
        Path file = PosDatabase.databaseFile(dataDir);
        try (PosDatabase db = PosDatabase.open(dataDir, ENTITIES, ALWAYS_WHEN_HALF_DEAD)) {
            // opening already compacted; make it mostly dead again while running
            Settings settings = new Settings(db, Clock.systemUTC());
            for (int i = 0; i < WRITES; i++) {
                settings.put("key", "again-" + i);
            }
            long before = Files.size(file);
            java.util.concurrent.atomic.AtomicInteger readsDone = new java.util.concurrent.atomic.AtomicInteger();
            java.util.concurrent.atomic.AtomicReference<Throwable> readerFailure = new java.util.concurrent.atomic.AtomicReference<>();
            Thread reader = Thread.ofPlatform().start(() -> {
                try {
                    for (int i = 0; i < 200; i++) {
                        assertEquals(Optional.of("again-" + (WRITES - 1)), settings.get("key"));
                        readsDone.incrementAndGet();
                    }
                } catch (Throwable t) {
                    readerFailure.set(t);
                }
            });

            assertTrue(db.compactIfWasteful());
            reader.join();

            assertEquals(null, readerFailure.get());
            assertEquals(200, readsDone.get());
            assertTrue(Files.size(file) * 4 < before, "expected the file to shrink: " + before + " -> " + Files.size(file));
            assertEquals((long) WRITES + 1, (long) db.write(session -> Counters.next(session, "test")));
            assertFalse(db.compactIfWasteful(), "a freshly compacted file is not wasteful");
        }
    }

    /** Writes {@code count} small commits (a setting and a counter), closes, and returns the file size. */
    private long fileSizeAfterWrites(int count) throws IOException {
        try (PosDatabase db = PosDatabase.open(dataDir, ENTITIES, NEVER)) {
            boolean first = db.read(session -> session.createNativeQuery(
                    "SELECT COUNT(*) FROM counter WHERE name = 'test'", Long.class).uniqueResult()) == 0;
            if (first) {
                db.writeVoid(s -> s.createNativeMutationQuery("INSERT INTO counter VALUES ('test', 0)").executeUpdate());
            }
            Settings settings = new Settings(db, Clock.systemUTC());
            for (int i = 0; i < count; i++) {
                settings.put("key", "value-" + i);
                db.write(session -> Counters.next(session, "test"));
            }
        }
        return Files.size(PosDatabase.databaseFile(dataDir));
    }
}
