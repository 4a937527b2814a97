package mx.michangarrito.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import mx.michangarrito.pos.sync.FastPushers;
import mx.michangarrito.pos.sync.OutboxPusher;
import mx.michangarrito.pos.sync.SyncStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * A paired terminal loses the cloud and sells 5,000 sales with its pusher running and failing; once the
 * cloud is reachable again the backlog goes up in the pusher's production batches and the cloud ends
 * with the terminal's numbers exactly. {@code -Dsync.offline.sales=N} changes the backlog.
 */
class OfflineCatchUpTest {

    private static final int SALES = Integer.getInteger("sync.offline.sales", 5_000);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    void aTerminalOfflineWithItsBacklogCatchesUpExactly() throws Exception {
        try (CloudUnderTest cloud = new CloudUnderTest(dir.resolve("cloud"));
             FaultProxy network = new FaultProxy(cloud.url, 5_000L);
             SellingTerminal terminal = new SellingTerminal(dir.resolve("caja"), "CAJA1")) {
            terminal.pair(cloud, network.url(), "Caja 1");
            terminal.createCatalog();
            terminal.openShift();
            network.down(true);
            try (OutboxPusher pusher = FastPushers.create(terminal.pos.db, terminal.target, 200, 3)) {
                pusher.start();
                long t0 = System.nanoTime();
                terminal.sell(SALES, 55);
                long sold = System.nanoTime();
                long backlog = terminal.pending();
                assertEquals(terminal.queuedEver(), backlog, "nothing may have reached the cloud");
                SyncStatus offline = assertInstanceOf(SyncStatus.Offline.class, pusher.status());
                assertEquals("0", cloud.query("SELECT count(*) FROM sync_events"));

                network.down(false);
                long back = System.nanoTime();
                long deadline = back + TimeUnit.MINUTES.toNanos(5);
                while ((terminal.pending() > 0 || !(pusher.status() instanceof SyncStatus.Synced))
                        && System.nanoTime() < deadline) {
                    Thread.sleep(20);
                }
                double catchUp = (System.nanoTime() - back) / 1e9;
                System.out.printf("offline catch-up: %d sales (%d events) sold offline in %.1f s (%s), pushed %.1f s"
                        + " after the cloud came back%n", SALES, backlog, (sold - t0) / 1e9, offline, catchUp);
                assertEquals(0, terminal.pending(), "backlog left: " + pusher.status());
                assertInstanceOf(SyncStatus.Synced.class, pusher.status());
            }
            SyncProofs.assertCloudEqualsTerminals(cloud, List.of(terminal));
        }
    }
}
