package mx.michangarrito.e2e;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import mx.michangarrito.pos.sync.FastPushers;
import mx.michangarrito.pos.sync.OutboxPusher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 8's proof: two terminals of one shop sell 1,000 sales each (cash with change, card, fiado, split,
 * fiado payments; shared products, some with stock received) while their background pushers go through a
 * proxy that drops connections mid-request and mid-response, delays, sends requests twice and resets.
 * Once the faults stop and both outboxes drain, the cloud's totals, per-tender sums, stock per product and
 * fiado balances equal the sums of the two terminals' own databases exactly, with every sequence stored
 * once and no gap. {@code -Dsync.proof.sales=N} changes the sales per terminal.
 */
class FaultInjectionProofTest {

    private static final int SALES = Integer.getInteger("sync.proof.sales", 1_000);

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void twoTerminalsThroughAFaultyNetworkEndWithTheCloudEqualToTheirSums() throws Exception {
        long started = System.nanoTime();
        try (CloudUnderTest cloud = new CloudUnderTest(dir.resolve("cloud"));
             FaultProxy proxy = new FaultProxy(cloud.url, 20261204L);
             SellingTerminal one = new SellingTerminal(dir.resolve("caja1"), "CAJA1");
             SellingTerminal two = new SellingTerminal(dir.resolve("caja2"), "CAJA2")) {
            one.pair(cloud, proxy.url(), "Caja 1");
            two.pair(cloud, proxy.url(), "Caja 2");
            one.createCatalog();
            two.adoptCatalog(one);
            one.openShift();
            two.openShift();

            long ready = System.nanoTime();
            proxy.faults(true);
            // Small batches: more requests, so more of them meet a fault.
            try (OutboxPusher p1 = FastPushers.create(one.pos.db, one.target, 20, 1);
                 OutboxPusher p2 = FastPushers.create(two.pos.db, two.target, 20, 2)) {
                p1.start();
                p2.start();
                CompletableFuture<Void> s1 = CompletableFuture.runAsync(() -> one.sell(SALES, 11));
                CompletableFuture<Void> s2 = CompletableFuture.runAsync(() -> two.sell(SALES, 22));
                CompletableFuture.allOf(s1, s2).get(5, TimeUnit.MINUTES);
                long soldAt = System.nanoTime();
                // Let the pushers meet faults on the tail of the backlog too, then heal the network.
                Thread.sleep(500);
                proxy.faults(false);
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while ((one.pending() > 0 || two.pending() > 0) && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                System.out.printf("fault proof: set up in %.1f s, %d sales per terminal sold in %.1f s, drained"
                                + " %.1f s after; %d requests through the proxy, faults %s%n", (ready - started) / 1e9, SALES,
                        (soldAt - ready) / 1e9, (System.nanoTime() - soldAt) / 1e9, proxy.requests(), proxy.injected());
                assertTrue(one.pending() == 0 && two.pending() == 0, "outboxes did not drain: " + one.pending() + " + "
                        + two.pending() + "; " + p1.status() + " / " + p2.status());
            }
            Map<FaultProxy.Fault, Long> injected = proxy.injected();
            for (FaultProxy.Fault fault : FaultProxy.Fault.values()) {
                assertTrue(injected.get(fault) > 0, "no " + fault + " was injected: " + injected);
            }
            SyncProofs.assertCloudEqualsTerminals(cloud, List.of(one, two));
        }
    }
}
