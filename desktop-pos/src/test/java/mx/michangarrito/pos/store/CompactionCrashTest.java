package mx.michangarrito.pos.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import mx.michangarrito.pos.settings.Setting;
import mx.michangarrito.pos.settings.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process compacting the database at start-up is killed with SIGKILL at random moments of the
 * compaction; every committed value must still be there, and the next start must open normally.
 */
class CompactionCrashTest {

    private static final List<Class<?>> ENTITIES = List.of(Setting.class);
    private static final StoreCompaction.Thresholds NEVER = new StoreCompaction.Thresholds(Long.MAX_VALUE, 0);
    private static final int ROUNDS = 8;

    @TempDir
    Path dataDir;

    @Test
    void killedWhileCompactingTheTerminalKeepsEveryCommittedValue() throws Exception {
        SplittableRandom random = new SplittableRandom(20261123);
        long committed = bloat(0, 150);
        long openMillis = timeAnUninterruptedCompaction(committed);
        int killedBeforeOpened = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            committed = bloat(committed, 60);
            Process child = start();
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("STARTING", out.readLine());
            java.util.concurrent.CompletableFuture<String> opened = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (java.io.IOException e) {
                    return null; // killed: the stream was closed
                }
            });
            Thread.sleep(random.nextLong(0, openMillis + 1));
            boolean openedBeforeKill = opened.isDone() && opened.getNow(null) != null;
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
            if (!openedBeforeKill) {
                killedBeforeOpened++;
            }
            assertEquals(committed, reopenAndCount(), "round " + round + ": committed values lost");
            assertFalse(Files.exists(StoreCompaction.copyOf(PosDatabase.databaseFile(dataDir))), "round " + round);
        }
        assertTrue(killedBeforeOpened > 0, "no kill landed before the child had opened the database");
    }

    /** Runs one child to the end and returns how long it took from STARTING to OPENED. */
    private long timeAnUninterruptedCompaction(long committed) throws Exception {
        Process child = start();
        BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        assertEquals("STARTING", out.readLine());
        long started = System.nanoTime();
        assertEquals("OPENED " + committed, out.readLine());
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        return millis;
    }

    /** Appends {@code writes} commits (so most of the file becomes dead space) and returns the counter. */
    private long bloat(long committed, int writes) {
        try (PosDatabase db = PosDatabase.open(dataDir, ENTITIES, NEVER)) {
            if (committed == 0) {
                db.writeVoid(s -> s.createNativeMutationQuery("INSERT INTO counter VALUES ('test', 0)").executeUpdate());
            }
            Settings settings = new Settings(db, Clock.systemUTC());
            long last = committed;
            for (int i = 0; i < writes; i++) {
                last = db.write(session -> Counters.next(session, "test"));
                settings.put("last", Long.toString(last));
            }
            return last;
        }
    }

    private long reopenAndCount() {
        try (PosDatabase db = PosDatabase.open(dataDir, ENTITIES, NEVER)) {
            long counter = db.read(session -> Counters.current(session, "test"));
            assertEquals(Optional.of(Long.toString(counter)), new Settings(db, Clock.systemUTC()).get("last"));
            return counter;
        }
    }

    private Process start() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-Xmx256m",
                "-Djava.util.logging.config.file=/dev/null", "-cp", System.getProperty("java.class.path"),
                CompactingChildMain.class.getName(), dataDir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }
}
