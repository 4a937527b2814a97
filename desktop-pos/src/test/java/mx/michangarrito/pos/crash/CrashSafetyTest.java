package mx.michangarrito.pos.crash;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM sells in a loop and is killed with SIGKILL at random moments, over and over on the same
 * database. After every kill, each sale and payment the child reported as committed must be there,
 * no sale may be half-written, and every ledger and the outbox must add up.
 * 50 rounds by default ({@code -Dpos.crash.rounds=N} for more); see docs/decisions/0004-durable-commits.md
 * for what it found in H2 and why the file is append-only.
 */
class CrashSafetyTest {

    @TempDir
    Path dataDir;

    @Test
    void killedMidSaleTheTerminalLosesNothingItConfirmed() throws Exception {
        int rounds = Integer.getInteger("pos.crash.rounds", 50);
        SplittableRandom random = new SplittableRandom(20261123);
        List<String> sales = new ArrayList<>();
        List<String> payments = new ArrayList<>();
        java.util.Map<String, String> origin = new java.util.HashMap<>();
        int killedAfterReady = 0;
        for (int round = 1; round <= rounds; round++) {
            Child child = Child.start(dataDir, random.nextLong());
            boolean ready = child.ready.await(90, TimeUnit.SECONDS);
            if (ready) {
                killedAfterReady++;
                // Let it confirm a few sales whatever the machine's speed, then kill it at a random moment
                // of the next ones (mid-transaction, mid-sync or between sales).
                int confirmed = random.nextInt(1, 5);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (child.lines.size() < confirmed && System.nanoTime() < deadline && child.process.isAlive()) {
                    Thread.sleep(1);
                }
                Thread.sleep(random.nextInt(0, 60));
            }
            child.process.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no cleanup
            assertTrue(child.process.waitFor(30, TimeUnit.SECONDS), "child did not die");
            child.reader.join(5_000);
            List<String> printed = List.copyOf(child.lines);
            for (int i = 0; i < printed.size(); i++) {
                String line = printed.get(i);
                String id = line.substring(line.indexOf(' ') + 1).strip();
                origin.put(id, "printed in round " + round + " as line " + (i + 1) + " of " + printed.size());
                if (line.startsWith("SALE ")) {
                    sales.add(id);
                } else if (line.startsWith("PAY ")) {
                    payments.add(id);
                }
            }
            String label = "round " + round + " (" + sales.size() + " sales reported)";
            try (LedgerInvariants db = new LedgerInvariants(dataDir, origin)) {
                db.assertSalesPresent(sales, label);
                db.assertFiadoPaymentsPresent(payments, label);
                db.assertNoPartialSale(label);
                db.assertLedgersAddUp(label);
                db.assertOutboxComplete(label);
            }
        }
        assertTrue(killedAfterReady >= rounds - 1, "the child rarely got to sell: " + killedAfterReady);
        assertTrue(sales.size() >= rounds, "the child confirmed too few sales to mean anything: " + sales.size());
    }

    /** A running child process and what it printed. */
    private record Child(Process process, List<String> lines, CountDownLatch ready, Thread reader) {

        static Child start(Path dataDir, long seed) throws Exception {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-Xmx256m",
                    "-Djava.util.logging.config.file=/dev/null", "-cp", System.getProperty("java.class.path"),
                    CrashChildMain.class.getName(), dataDir.toString(), Long.toString(seed))
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            List<String> lines = new CopyOnWriteArrayList<>();
            CountDownLatch ready = new CountDownLatch(1);
            Thread reader = Thread.ofPlatform().daemon().start(() -> {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line = in.readLine(); line != null; line = in.readLine()) {
                        if (line.equals("READY")) {
                            ready.countDown();
                        } else {
                            lines.add(line);
                        }
                    }
                } catch (java.io.IOException e) {
                    // the child was killed mid-line: whatever was read stands
                }
            });
            return new Child(process, lines, ready, reader);
        }
    }
}
