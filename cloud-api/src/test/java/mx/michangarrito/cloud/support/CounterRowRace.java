package mx.michangarrito.cloud.support;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.db.Tx;

/**
 * A race on a shop's change counter row: a first transaction writes and then stays open (holding the row)
 * until released, while the test starts a second piece of work and checks that it waits for the first.
 * Threads of its own: the common pool may have a single thread on a small machine.
 */
public final class CounterRowRace implements AutoCloseable {

    private final Database db;
    private final UUID shop;
    private final CountDownLatch firstWrote = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private final CompletableFuture<Void> first;

    /** Starts the first transaction in {@code shop}: it runs {@code write}, then holds until {@link #releaseFirst}. */
    public CounterRowRace(Database db, UUID shop, Consumer<Tx> write) {
        this.db = db;
        this.shop = shop;
        this.first = CompletableFuture.runAsync(() -> db.inTenant(shop, tx -> {
            write.accept(tx);
            firstWrote.countDown();
            await(release);
            return null;
        }), threads);
    }

    /** Whether the first transaction has written (and so holds the counter row) within 30 seconds. */
    public boolean firstHolds() throws InterruptedException {
        return firstWrote.await(30, TimeUnit.SECONDS);
    }

    /** Runs {@code work} on the race's second thread. */
    public <T> CompletableFuture<T> second(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, threads);
    }

    /** Returns once a session of the shop waits on a lock of the counter row; fails with {@code never} if none does. */
    public void waitUntilASessionWaits(String never) throws InterruptedException {
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
        throw new AssertionError(never);
    }

    /** Lets the first transaction commit and waits (up to 30 seconds) until it has. */
    public void releaseFirst() throws Exception {
        release.countDown();
        first.get(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        release.countDown();
        threads.shutdown();
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
