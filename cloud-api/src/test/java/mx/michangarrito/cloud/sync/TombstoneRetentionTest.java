package mx.michangarrito.cloud.sync;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.cloud.support.TestCloud;
import mx.michangarrito.shared.sync.BarcodeState;
import mx.michangarrito.shared.sync.CloudChange;
import mx.michangarrito.shared.sync.ProductAction;
import mx.michangarrito.shared.sync.ProductState;
import mx.michangarrito.shared.sync.PullResponse;
import mx.michangarrito.shared.sync.PulledChange;
import mx.michangarrito.shared.sync.SnapshotPage;
import mx.michangarrito.shared.sync.SyncSchema;
import mx.michangarrito.shared.sync.TerminalEvent;
import mx.michangarrito.shared.sync.Tombstone;
import org.junit.jupiter.api.Test;

import static mx.michangarrito.cloud.support.SyncPulls.command;
import static mx.michangarrito.cloud.support.SyncPulls.product;
import static mx.michangarrito.cloud.support.SyncPulls.pull;
import static mx.michangarrito.cloud.support.SyncPulls.snapshot;
import static mx.michangarrito.cloud.support.SyncPushes.json;
import static mx.michangarrito.cloud.support.SyncPushes.newId;
import static mx.michangarrito.cloud.support.SyncPushes.request;
import static mx.michangarrito.cloud.support.SyncPushes.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tombstones are kept for the retention; a cursor older than a purged one resyncs from paged snapshots. */
class TombstoneRetentionTest extends ApiTest {

    TombstoneRetentionTest() {
        super(TestCloud.create(TestCloud.TEST_LIMITS, Duration.ofDays(30)));
    }

    @Test
    void aCursorOlderThanThePurgedTombstonesMustResyncFromTheSnapshot() {
        Session owner = shops.signUp("Tienda Retención");
        var a = shops.pairTerminal(owner, "Caja 1");
        UUID terminal = UUID.fromString(a.text("terminalId"));
        String device = a.text("deviceCredential");
        String deviceB = shops.pairTerminal(owner, "Caja 2").text("deviceCredential");
        List<TerminalEvent> commands = new ArrayList<>();
        List<ProductState> products = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ProductState p = product(newId(), "Producto " + i, 100L * (i + 1), null);
            products.add(p);
            commands.add(command(ProductAction.CREATE, p, null, "P" + i, "Q" + i));
        }
        response(api.post(SyncSchema.PUSH_PATH, device, json(request(terminal, 1, commands.toArray(TerminalEvent[]::new)))));
        long oldCursor = pull(api, deviceB, 0, 1_000).nextCursor();
        // "Q0" is dropped today; a month and a day later its tombstone is gone.
        response(api.post(SyncSchema.PUSH_PATH, device, json(request(terminal, 6,
                command(ProductAction.EDIT, products.getFirst(), null, "P0")))));
        long withTombstone = pull(api, deviceB, oldCursor, 1_000).nextCursor();
        assertEquals(List.of(new Tombstone(BarcodeState.KIND, "Q0")),
                pull(api, deviceB, oldCursor, 1_000).changes().stream().map(PulledChange::change).toList());
        cloud.clock().advance(Duration.ofDays(29));
        assertFalse(pull(api, deviceB, oldCursor, 1_000).fullResyncRequired(), "still within the retention");
        cloud.clock().advance(Duration.ofDays(2));

        PullResponse stale = pull(api, deviceB, oldCursor, 1_000);
        assertTrue(stale.fullResyncRequired());
        assertEquals(List.of(), stale.changes());
        assertFalse(pull(api, deviceB, withTombstone, 1_000).fullResyncRequired(), "a cursor past it is fine");

        // The snapshot: 5 products and 9 live barcodes, in pages of 4, with a fixed upTo and total.
        Set<CloudChange> all = new HashSet<>();
        SnapshotPage page = snapshot(api, deviceB, null, 0, 4);
        long upTo = page.upTo();
        assertEquals(withTombstone, upTo);
        int pages = 1;
        all.addAll(page.changes().stream().map(PulledChange::change).toList());
        while (page.hasMore()) {
            assertEquals(14, page.total());
            page = snapshot(api, deviceB, upTo, page.nextAfter(), 4);
            all.addAll(page.changes().stream().map(PulledChange::change).toList());
            pages++;
        }
        assertEquals(4, pages);
        assertEquals(14, all.size());
        assertTrue(all.containsAll(products));
        assertFalse(all.contains(new BarcodeState("Q0", products.getFirst().productId())));
        assertTrue(all.contains(new BarcodeState("P0", products.getFirst().productId())));
    }
}
