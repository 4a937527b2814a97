package mx.michangarrito.pos.sync;

import static mx.michangarrito.pos.sync.FakeCloud.Fault.DROP_AFTER_STORING;
import static mx.michangarrito.pos.sync.FakeCloud.Fault.DROP_BEFORE_STORING;
import static mx.michangarrito.pos.sync.FakeCloud.Fault.ERROR_AFTER_STORING;
import static mx.michangarrito.pos.sync.FakeCloud.Fault.NONE;
import static mx.michangarrito.pos.sync.FakeCloud.Fault.TRUNCATED_AFTER_STORING;
import static mx.michangarrito.pos.sync.FakeCloud.Fault.UNAUTHORIZED;
import static mx.michangarrito.pos.sync.FakeCloud.Fault.UNAVAILABLE_BEFORE_STORING;
import static mx.michangarrito.pos.sync.FakeCloud.Fault.UPDATE_REQUIRED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;
import mockwebserver3.MockWebServer;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.outbox.OutboxEntry;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.sync.PushRequest;
import mx.michangarrito.shared.sync.PushedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pusher against a local HTTP server speaking the wire format, with faults injected per request. */
class OutboxPusherTest {

    private static final String CREDENTIAL = "dc1.test.secret";

    @TempDir
    Path dir;
    private final MockWebServer server = new MockWebServer();
    private final FakeCloud cloud = new FakeCloud(CREDENTIAL);
    private final UUID terminalId = UUID.randomUUID();
    private final List<Duration> sleeps = new ArrayList<>();
    private TestTerminal t;
    private Shop shop;

    @BeforeEach
    void start() throws IOException {
        server.setDispatcher(cloud);
        server.start();
        t = new TestTerminal(dir);
        shop = new Shop(t);
    }

    @AfterEach
    void stop() {
        t.close();
        server.close();
    }

    private OutboxPusher pusher(int batchSize) {
        return pusher(batchSize, CREDENTIAL);
    }

    private OutboxPusher pusher(int batchSize, String credential) {
        var target = new SyncTarget(URI.create(server.url("/").toString()), terminalId, credential);
        return new OutboxPusher(t.db, new OkHttpPushTransport(target, Duration.ofSeconds(10)), terminalId, t.clock,
                sleeps::add, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20), RandomGenerator.of("L64X128MixRandom")),
                batchSize, Duration.ofSeconds(5));
    }

    private List<OutboxEntry> outbox() {
        return Outbox.pending(t.db, 0, 100_000);
    }

    /** Rounds until synced; fails if it takes more than {@code max}. */
    private int drain(OutboxPusher pusher, int max) {
        for (int round = 1; round <= max; round++) {
            if (pusher.pushPending() instanceof SyncStatus.Synced) {
                return round;
            }
        }
        throw new AssertionError("not synced after " + max + " rounds: " + pusher.status());
    }

    private void assertCloudHasExactly(List<OutboxEntry> sent) {
        Map<UUID, PushedEvent> stored = cloud.stored();
        assertEquals(sent.size(), stored.size(), "events in the cloud");
        for (OutboxEntry e : sent) {
            PushedEvent got = stored.get(e.eventId());
            assertTrue(got != null, "lost: " + e.seq() + " " + e.eventType());
            assertEquals(e.seq(), got.sequence());
        }
        assertEquals(0, t.stock.onHand(shop.sodaId()).compareTo(cloud.stock(shop.sodaId())),
                "stock applied once per movement: " + t.stock.onHand(shop.sodaId()) + " vs " + cloud.stock(shop.sodaId()));
    }

    @Test
    void theOutboxGoesUpInSequenceOrderInBatchesAndIsEmptied() {
        shop.aWholeDay();
        List<OutboxEntry> before = outbox();
        OutboxPusher pusher = pusher(7);
        assertEquals(before.size(), pusher.status().pending());
        assertInstanceOf(SyncStatus.Synced.class, pusher.pushPending());
        List<Long> sequences = cloud.received().stream().flatMap(r -> r.events().stream())
                .map(PushedEvent::sequence).toList();
        assertEquals(before.stream().map(OutboxEntry::seq).toList(), sequences, "each event once, in order");
        assertTrue(cloud.received().stream().allMatch(r -> r.events().size() <= 7 && r.terminalId().equals(terminalId)));
        assertEquals((before.size() + 6) / 7, cloud.received().size());
        assertEquals(List.of(), outbox());
        assertCloudHasExactly(before);
    }

    @Test
    void aBatchOverTheCloudsSizeLimitIsSplitNotRefused() {
        shop.sellSodas(150);
        List<OutboxEntry> before = outbox();
        assertInstanceOf(SyncStatus.Synced.class, pusher(500).pushPending());
        assertTrue(cloud.received().size() > 1, "one request would have been over 64 KiB");
        assertTrue(cloud.received().stream().allMatch(r -> r.events().size() < before.size()));
        assertEquals(List.of(), outbox());
        assertCloudHasExactly(before);
    }

    @Test
    void droppedConnectionsAndServerErrorsMidBatchLoseAndDuplicateNothing() {
        shop.sellSodas(25);
        List<OutboxEntry> before = outbox();
        cloud.then(NONE, DROP_AFTER_STORING, UNAVAILABLE_BEFORE_STORING, NONE, ERROR_AFTER_STORING,
                TRUNCATED_AFTER_STORING, DROP_BEFORE_STORING, NONE, DROP_AFTER_STORING, DROP_AFTER_STORING);
        OutboxPusher pusher = pusher(10);
        int rounds = drain(pusher, 40);
        assertTrue(rounds > 5, "the faults should have cost rounds, took " + rounds);
        assertTrue(cloud.duplicatesAnswered() >= 30, "resends after lost acknowledgements: " + cloud.duplicatesAnswered());
        assertEquals(List.of(), outbox());
        assertCloudHasExactly(before);
    }

    @Test
    void anUnreachableCloudIsOfflineSinceTheFirstFailureThenCatchesUp() {
        shop.sellSodas(3);
        List<OutboxEntry> before = outbox();
        cloud.then(UNAVAILABLE_BEFORE_STORING, DROP_BEFORE_STORING, UNAVAILABLE_BEFORE_STORING);
        OutboxPusher pusher = pusher(50);
        Instant firstFailure = t.clock.instant();
        var offline = assertInstanceOf(SyncStatus.Offline.class, pusher.pushPending());
        assertEquals(firstFailure, offline.since());
        assertEquals(before.size(), offline.pending());
        t.clock.advance(Duration.ofMinutes(7));
        shop.sellSodas(1);
        offline = assertInstanceOf(SyncStatus.Offline.class, pusher.pushPending());
        assertEquals(firstFailure, offline.since(), "offline since the first failure, not the latest");
        assertEquals(outbox().size(), offline.pending());
        assertInstanceOf(SyncStatus.Offline.class, pusher.pushPending());
        List<OutboxEntry> all = outbox();
        assertInstanceOf(SyncStatus.Synced.class, pusher.pushPending());
        assertCloudHasExactly(all);
    }

    @Test
    void aRejectedEventMovesAsideAndTheRestGoesOn() {
        shop.sellSodas(2);
        List<OutboxEntry> before = outbox();
        OutboxEntry bad = before.get(2);
        cloud.reject(bad.eventId());
        OutboxPusher pusher = pusher(50);
        var synced = assertInstanceOf(SyncStatus.Synced.class, pusher.pushPending());
        assertEquals(1, synced.rejected());
        assertEquals(List.of(), outbox());
        RejectedEntry kept = t.db.read(s -> s.get(RejectedEntry.class, bad.seq()));
        assertEquals(bad.eventId(), kept.eventId());
        assertEquals("stock.zero_quantity", kept.reason());
        assertEquals(before.size(), cloud.stored().size());
    }

    @Test
    void anOldTerminalOrARevokedCredentialStopsWithAReasonAndKeepsTheOutbox() {
        shop.sellSodas(2);
        int queued = outbox().size();
        cloud.then(UPDATE_REQUIRED, UNAUTHORIZED);
        OutboxPusher pusher = pusher(50);
        var update = assertInstanceOf(SyncStatus.Failed.class, pusher.pushPending());
        assertTrue(update.reason().contains("actualiza"), update.reason());
        assertEquals(queued, update.pending());
        var revoked = assertInstanceOf(SyncStatus.Failed.class, pusher.pushPending());
        assertEquals("La sesión no es válida", revoked.reason());
        assertEquals(queued, outbox().size());
        assertEquals(0, cloud.stored().size());
        var wrong = assertInstanceOf(SyncStatus.Failed.class, pusher(50, "dc1.wrong").pushPending());
        assertEquals("La sesión no es válida", wrong.reason());
    }

    @Test
    void aRestartResumesWithWhatWasNotAcknowledged() {
        shop.sellSodas(8);
        List<OutboxEntry> before = outbox();
        cloud.then(NONE, DROP_AFTER_STORING);
        OutboxPusher first = pusher(10);
        assertInstanceOf(SyncStatus.Offline.class, first.pushPending());
        assertTrue(outbox().size() < before.size() && !outbox().isEmpty(), "part acknowledged, part not");
        t.close();
        t = new TestTerminal(dir);
        OutboxPusher second = pusher(10);
        assertEquals(outbox().size(), second.status().pending());
        assertInstanceOf(SyncStatus.Synced.class, second.pushPending());
        assertEquals(List.of(), outbox());
        Map<UUID, PushedEvent> stored = cloud.stored();
        assertEquals(before.size(), stored.size());
        before.forEach(e -> assertTrue(stored.containsKey(e.eventId()), "lost " + e.seq()));
    }

    @Test
    void theLoopBacksOffWithJitterAfterFailuresAndPollsWhenIdle() {
        shop.sellSodas(1);
        cloud.then(UNAVAILABLE_BEFORE_STORING, UNAVAILABLE_BEFORE_STORING, UNAVAILABLE_BEFORE_STORING, NONE);
        List<SyncStatus> statuses = new ArrayList<>();
        var target = new SyncTarget(URI.create(server.url("/").toString()), terminalId, CREDENTIAL);
        OutboxPusher[] holder = new OutboxPusher[1];
        Sleeper stopAfterFive = d -> {
            sleeps.add(d);
            if (sleeps.size() == 5) {
                holder[0].stop();
            }
        };
        holder[0] = new OutboxPusher(t.db, new OkHttpPushTransport(target, Duration.ofSeconds(10)), terminalId, t.clock,
                stopAfterFive, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20), new RandomGenerator() {
                    @Override
                    public long nextLong() {
                        throw new UnsupportedOperationException();
                    }

                    @Override
                    public long nextLong(long bound) {
                        return bound - 1;
                    }
                }), 50, Duration.ofSeconds(5));
        holder[0].onStatus(statuses::add);
        holder[0].runLoop();
        assertEquals(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4), Duration.ofSeconds(5),
                Duration.ofSeconds(5)), sleeps);
        assertInstanceOf(SyncStatus.Synced.class, statuses.getLast());
        assertTrue(statuses.stream().anyMatch(SyncStatus.Offline.class::isInstance));
    }

    @Test
    void theBackgroundThreadPushesAndStopsOnClose() throws Exception {
        shop.sellSodas(3);
        List<OutboxEntry> before = outbox();
        CountDownLatch synced = new CountDownLatch(1);
        var target = new SyncTarget(URI.create(server.url("/").toString()), terminalId, CREDENTIAL);
        Sleeper untilInterrupted = d -> new CountDownLatch(1).await();
        OutboxPusher pusher = new OutboxPusher(t.db, new OkHttpPushTransport(target, Duration.ofSeconds(10)), terminalId,
                t.clock, untilInterrupted, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20),
                RandomGenerator.getDefault()), 50, Duration.ofSeconds(5));
        pusher.onStatus(status -> {
            if (status instanceof SyncStatus.Synced) {
                synced.countDown();
            }
        });
        pusher.start();
        assertTrue(synced.await(30, TimeUnit.SECONDS), "never synced: " + pusher.status());
        pusher.close();
        assertCloudHasExactly(before);
        assertEquals(List.of(), outbox());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, pusher::start);
    }

    @Test
    void theCounterSellsWhileAPushIsInFlight() throws Exception {
        shop.sellSodas(2);
        CountDownLatch inFlight = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<PushRequest> seen = new ArrayList<>();
        PushTransport stalled = body -> {
            inFlight.countDown();
            try {
                release.await();
                PushRequest request = FakeCloud.JSON.readValue(body, PushRequest.class);
                seen.add(request);
                return new PushAnswer.Answered(new mx.michangarrito.shared.sync.PushResponse(request.events().stream()
                        .map(e -> mx.michangarrito.shared.sync.EventResult.accepted(e.sequence(), e.event().eventId()))
                        .toList(), request.events().getLast().sequence(), List.of()));
            } catch (InterruptedException | IOException e) {
                throw new IllegalStateException(e);
            }
        };
        OutboxPusher pusher = new OutboxPusher(t.db, stalled, terminalId, t.clock, sleeps::add,
                new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20), RandomGenerator.getDefault()), 500,
                Duration.ofSeconds(5));
        int queued = outbox().size();
        CompletableFuture<SyncStatus> round = CompletableFuture.supplyAsync(pusher::pushPending);
        assertTrue(inFlight.await(30, TimeUnit.SECONDS), "push never started");
        shop.sellSodas(1); // would wait forever if the pusher held the store while on the network
        int afterSale = outbox().size();
        assertTrue(afterSale > queued);
        release.countDown();
        assertInstanceOf(SyncStatus.Synced.class, round.get(30, TimeUnit.SECONDS));
        assertEquals(List.of(), outbox());
        assertEquals(2, seen.size(), "the sale made during the push went in the next batch");
        assertEquals(queued, seen.getFirst().events().size());
        assertEquals(afterSale - queued, seen.getLast().events().size());
    }
}
