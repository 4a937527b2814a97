package mx.michangarrito.cloud.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.TestDatabase;
import mx.michangarrito.shared.sync.PullResponse;
import mx.michangarrito.shared.sync.PulledChange;
import mx.michangarrito.shared.sync.SettingState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The race a change log must survive: a transaction takes sequence n and commits late while another
 * takes n+1. With a plain sequence the n+1 would commit first, a puller would move its cursor past n and
 * never see it. Here the second transaction waits on the shop's counter row until the first commits, so
 * a puller reading in between sees neither, and then both in order.
 */
class ChangeOrderTest extends ApiTest {

    private final Database db = TestDatabase.get().database();
    private final ChangeLogRepository log = new ChangeLogRepository(Json.mapper());
    private final ChangeFeedRepository reader = new ChangeFeedRepository(Json.mapper());

    @Test
    void aLowerSequenceCommittedLastIsNotSkippedByAPuller() throws Exception {
        UUID shop = shops.signUp("Tienda Carrera").tenantId();
        Instant now = Instant.now();
        db.inTenant(shop, tx -> log.put(tx, new SettingState("shop.before", "1"), now));
        long cursor = db.inTenant(shop, tx -> reader.pull(tx, 0, 100)).nextCursor();

        CountDownLatch firstHasItsSequence = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        // Threads of their own: the common pool may have a single thread on a small machine.
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> db.inTenant(shop, tx -> {
            log.put(tx, new SettingState("shop.slow", "first"), now);
            firstHasItsSequence.countDown();
            await(releaseFirst);
            return null;
        }), threads);
        assertTrue(firstHasItsSequence.await(30, TimeUnit.SECONDS));
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> db.inTenant(shop,
                tx -> log.put(tx, new SettingState("shop.fast", "second"), now)), threads);
        waitUntilASessionWaitsOnALock(shop);

        PullResponse meanwhile = db.inTenant(shop, tx -> reader.pull(tx, cursor, 100));
        assertEquals(List.of(), meanwhile.changes(), "nothing committed after the cursor yet");
        assertEquals(cursor, meanwhile.nextCursor());
        assertFalse(second.isDone(), "the later change cannot commit before the earlier one");

        releaseFirst.countDown();
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);
        PullResponse after = db.inTenant(shop, tx -> reader.pull(tx, meanwhile.nextCursor(), 100));
        assertEquals(List.of(new SettingState("shop.slow", "first"), new SettingState("shop.fast", "second")),
                after.changes().stream().map(PulledChange::change).toList());
        assertEquals(after.changes().getFirst().sequence() + 1, after.changes().getLast().sequence());
        threads.shutdown();
    }

    private void waitUntilASessionWaitsOnALock(UUID shop) throws InterruptedException {
        for (int i = 0; i < 3_000; i++) {
            boolean waiting = db.inTenant(shop, tx -> {
                try (PreparedStatement s = tx.connection().prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                + " AND query LIKE '%sync_change_counter%'");
                     ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1) > 0;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (waiting) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the second transaction never waited for the first");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
