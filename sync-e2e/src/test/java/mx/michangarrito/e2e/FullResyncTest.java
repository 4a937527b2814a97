package mx.michangarrito.e2e;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.catalog.CatalogException;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.ScanResult;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.pos.sync.ChangePuller;
import mx.michangarrito.pos.sync.OutboxPusher;
import mx.michangarrito.pos.sync.SyncStatus;
import mx.michangarrito.pos.sync.SyncTarget;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A counter away longer than the cloud keeps removals: its next round is told to resync in full, takes
 * the snapshot page by page with progress, and ends without the barcode removed while it was away.
 */
class FullResyncTest {

    @TempDir
    Path dir;

    /** The cloud's clock, moved by the test. */
    private static final class MovableClock extends Clock {
        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        void advance(Duration by) {
            now.updateAndGet(t -> t.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    private static PosServices counter(Path dir, String code) throws IOException {
        PosConfig d = PosConfig.defaults();
        PosServices pos = PosServices.open(Files.createDirectories(dir), new PosConfig(code, d.shopZone(),
                d.discountLimitPercent(), d.scaleLabels(), 4), Clock.systemUTC());
        pos.users.createUser(null, "Lupita", Role.OWNER, "1111");
        return pos;
    }

    private static void round(PosServices pos, SyncTarget target, ChangePuller puller) {
        OutboxPusher pusher = OutboxPusher.create(pos.db, target, Clock.systemUTC());
        pusher.pullWith(puller);
        assertInstanceOf(SyncStatus.Synced.class, pusher.pushPending(), pusher.status().toString());
    }

    @Test
    void aCounterAwayLongerThanTheRetentionResyncsInFull() throws IOException {
        MovableClock cloudClock = new MovableClock();
        try (CloudUnderTest cloud = new CloudUnderTest(dir.resolve("cloud"), cloudClock, Duration.ofDays(30));
             PosServices a = counter(dir.resolve("a"), "CAJA1");
             PosServices b = counter(dir.resolve("b"), "CAJA2")) {
            SyncTarget ta = a.pairing.pair(cloud.url, cloud.pairingCode(), "Caja 1");
            SyncTarget tb = b.pairing.pair(cloud.url, cloud.pairingCode(), "Caja 2");
            ChangePuller pa = ChangePuller.create(a.db, ta, Clock.systemUTC(), a.catalog::refresh);
            ChangePuller pb = ChangePuller.create(b.db, tb, Clock.systemUTC(), b.catalog::refresh);
            List<Product> products = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                products.add(a.catalog.create(new ProductDraft("Producto " + i, Optional.empty(),
                        List.of("P" + i, "Q" + i), Optional.empty(), Unit.PIEZA, false, TaxRates.IVA_16, Money.ZERO,
                        Money.ofCentavos(100 + i), BigDecimal.ZERO, Optional.empty(), true), Optional.empty()));
            }
            round(a, ta, pa);
            round(b, tb, pb);
            assertEquals(products.getFirst().id(), assertInstanceOf(ScanResult.Item.class, b.catalog.scan("Q0"))
                    .product().id());
            long before = pb.cursor();

            // While B is away: Q0 is dropped at A; 31 days later its tombstone is purged (on A's pull).
            Product p0 = a.catalog.find(products.getFirst().id()).orElseThrow();
            a.catalog.update(p0.id(), p0.version(), new ProductDraft(p0.name(), p0.sku(), List.of("P0"),
                    p0.categoryId(), p0.unit(), p0.soldByWeight(), p0.taxes(), p0.cost(), Money.ofCentavos(999),
                    p0.minStock(), p0.scaleItemCode(), true), Optional.empty());
            round(a, ta, pa);
            cloudClock.advance(Duration.ofDays(31));
            round(a, ta, pa);
            assertTrue(Long.parseLong(cloud.query("SELECT purged_through FROM sync_change_counter")) > before);

            List<long[]> progress = new ArrayList<>();
            pb.onResyncProgress((done, total) -> progress.add(new long[] {done, total}));
            round(b, tb, pb);
            assertThrows(CatalogException.class, () -> b.catalog.scan("Q0"), "the removal reached B");
            var p0AtB = assertInstanceOf(ScanResult.Item.class, b.catalog.scan("P0")).product();
            assertEquals(Money.ofCentavos(999), p0AtB.price());
            assertEquals(360 - 1, progress.getLast()[1], "120 products and 239 barcodes alive");
            assertEquals(progress.getLast()[1], progress.getLast()[0]);
            assertEquals(2, progress.size(), "pages of 200");
            assertEquals(pa.cursor(), pb.cursor());
        }
    }
}
