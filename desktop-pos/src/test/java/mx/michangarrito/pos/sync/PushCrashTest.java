package mx.michangarrito.pos.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import mockwebserver3.MockWebServer;
import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.catalog.ProductHit;
import mx.michangarrito.shared.sync.PushedEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A terminal process that sells and pushes is killed with SIGKILL at random moments, again and again,
 * while its pushes are in flight. After a last clean push, the cloud holds every sequence the terminal
 * ever queued exactly once, and its stock sums equal the terminal's: nothing lost, nothing doubled.
 * 8 rounds by default ({@code -Dpos.sync.crash.rounds=N}).
 */
class PushCrashTest {

    @TempDir
    Path dataDir;

    @Test
    void killedWhilePushingTheTerminalLosesAndDoublesNothing() throws Exception {
        int rounds = Integer.getInteger("pos.sync.crash.rounds", 8);
        SplittableRandom random = new SplittableRandom(20261124);
        UUID terminal = UUID.randomUUID();
        FakeCloud cloud = new FakeCloud(PushingChildMain.CREDENTIAL);
        try (MockWebServer server = new MockWebServer()) {
            server.setDispatcher(cloud);
            server.start();
            URI url = URI.create(server.url("/").toString());
            int killedWhilePushing = 0;
            for (int round = 1; round <= rounds; round++) {
                Process child = start(url, terminal, random.nextLong());
                List<String> lines = new CopyOnWriteArrayList<>();
                CountDownLatch ready = new CountDownLatch(1);
                Thread reader = read(child, lines, ready);
                if (ready.await(90, TimeUnit.SECONDS)) {
                    int pushes = random.nextInt(1, 4);
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    while (lines.size() < pushes && System.nanoTime() < deadline && child.isAlive()) {
                        Thread.sleep(1);
                    }
                    Thread.sleep(random.nextInt(0, 40));
                    killedWhilePushing++;
                }
                child.destroyForcibly();
                assertTrue(child.waitFor(30, TimeUnit.SECONDS), "child did not die");
                reader.join(5_000);
            }
            assertTrue(killedWhilePushing >= rounds - 1, "the child rarely got to push: " + killedWhilePushing);

            PosConfig config = new PosConfig("CAJA1", PosConfig.defaults().shopZone(), BigDecimal.TEN,
                    PosConfig.defaults().scaleLabels(), 4);
            try (PosServices pos = PosServices.open(dataDir, config, Clock.systemUTC())) {
                var pusher = new OutboxPusher(pos.db, new OkHttpPushTransport(new SyncTarget(url, terminal,
                        PushingChildMain.CREDENTIAL), Duration.ofSeconds(10)), terminal, Clock.systemUTC(), d -> { },
                        new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(2), RandomGenerator.getDefault()), 50,
                        Duration.ofSeconds(1));
                assertInstanceOf(SyncStatus.Synced.class, pusher.pushPending());
                long queuedEver = pos.db.read(s -> s.createNativeQuery(
                        "SELECT last_value FROM counter WHERE name = 'outbox'", Long.class).getSingleResult());
                Set<Long> sequences = cloud.stored().values().stream().map(PushedEvent::sequence)
                        .collect(Collectors.toCollection(TreeSet::new));
                assertEquals(LongStream.rangeClosed(1, queuedEver).boxed().collect(Collectors.toCollection(TreeSet::new)),
                        sequences, "every queued event in the cloud, once");
                assertTrue(queuedEver > 3L * rounds, "too few events to mean anything: " + queuedEver);
                for (ProductHit hit : pos.catalog.search("producto", 10)) {
                    assertEquals(0, pos.stock.onHand(hit.id()).compareTo(cloud.stock(hit.id())),
                            hit.id() + ": terminal " + pos.stock.onHand(hit.id()) + ", cloud " + cloud.stock(hit.id()));
                }
            }
        }
    }

    private Process start(URI url, UUID terminal, long seed) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED", "-Xmx256m",
                "-Djava.util.logging.config.file=/dev/null", "-cp", System.getProperty("java.class.path"),
                PushingChildMain.class.getName(), dataDir.toString(), url.toString(), terminal.toString(),
                Long.toString(seed))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static Thread read(Process process, List<String> lines, CountDownLatch ready) {
        return Thread.ofPlatform().daemon().start(() -> {
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
                // killed mid-line
            }
        });
    }
}
