package mx.michangarrito.e2e;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.fiado.Customer;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.fiado.PaymentTender;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.sync.OutboxPusher;
import mx.michangarrito.pos.sync.SyncStatus;
import mx.michangarrito.pos.sync.SyncTarget;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real terminal (H2 store, the app's services) sells, then its outbox pusher pushes over HTTP to the
 * real cloud (Helidon, PostgreSQL with RLS) with the device credential from a real pairing: the cloud's
 * event log, stock and fiado balances end equal to the terminal's, and a resend after a lost
 * acknowledgement changes nothing.
 */
class PushEndToEndTest {

    @TempDir
    Path dir;
    private CloudUnderTest cloud;
    private PosServices pos;
    private UUID cashier;
    private SyncTarget target;

    @BeforeEach
    void shopAndTerminal() throws IOException {
        cloud = new CloudUnderTest(dir.resolve("cloud"));
        PosConfig defaults = PosConfig.defaults();
        pos = PosServices.open(Files.createDirectories(dir.resolve("terminal")), new PosConfig(defaults.terminalCode(),
                defaults.shopZone(), defaults.discountLimitPercent(), defaults.scaleLabels(), 4), Clock.systemUTC());
        Operator owner = pos.users.login(pos.users.createUser(null, "Lupita", Role.OWNER, "1111").id(), "1111");
        cashier = pos.users.createUser(owner, "Caro", Role.CASHIER, "1357").id();
        // The owner reads the code from the app; the cashier types it in the terminal's settings.
        String code = cloud.pairingCode();
        target = pos.pairing.pair(cloud.url, code.substring(0, 4).toLowerCase() + "-" + code.substring(4), "Caja 1");
        assertEquals(Optional.of(target), pos.pairing.target());
    }

    @AfterEach
    void close() {
        pos.close();
        cloud.close();
    }

    private long outboxSize() {
        return pos.db.read(s -> s.createSelectionQuery("select count(*) from OutboxEntry", Long.class).getSingleResult());
    }

    private CompletedSale sell(Product p, String quantity, Tender tender) {
        Cart cart = new Cart();
        cart.addUnits(p, new BigDecimal(quantity));
        return pos.sales.complete(cart, List.of(tender), cashier);
    }

    @Test
    void theCloudEndsWithExactlyTheTerminalsNumbers() {
        Product soda = pos.catalog.create(ProductDraft.simple("Refresco", null, Money.ofCentavos(1160), TaxRates.IVA_16),
                Optional.empty());
        Product beans = pos.catalog.create(ProductDraft.simple("Frijol 1 kg", null, Money.ofCentavos(3450),
                TaxRates.IVA_0), Optional.empty());
        pos.stock.receivePurchase(soda.id(), new BigDecimal("120"), Optional.empty(), Optional.of(cashier));
        pos.shifts.open(cashier, Money.ofPesos(500));
        Customer mary = pos.customers.create(CustomerDraft.of("Doña Mary", Money.ofPesos(2000)), Optional.empty());
        long salesTotal = 0;
        for (int i = 0; i < 60; i++) {
            salesTotal += sell(soda, String.valueOf(1 + i % 4), Tender.cash(Money.ofPesos(100))).totals().total().centavos();
            if (i % 10 == 0) {
                salesTotal += sell(beans, "1", Tender.fiado(Money.ofCentavos(3450), mary.id())).totals().total().centavos();
            }
        }
        pos.fiadoPayments.receive(mary.id(), Money.ofPesos(50), PaymentTender.CASH, Optional.empty(), cashier);
        long queued = outboxSize();
        pos.db.writeVoid(s -> s.createNativeMutationQuery("CREATE TABLE outbox_copy AS SELECT * FROM outbox")
                .executeUpdate());

        OutboxPusher pusher = OutboxPusher.create(pos.db, target, Clock.systemUTC());
        assertInstanceOf(SyncStatus.Synced.class, pusher.pushPending(), pusher.status().toString());
        assertEquals(0, outboxSize());
        assertCloudMatches(queued, salesTotal, soda, beans, mary);

        // The terminal dies after the cloud committed but before its acknowledgement was recorded: the
        // same entries come back into the outbox and are pushed again.
        pos.db.writeVoid(s -> s.createNativeMutationQuery("INSERT INTO outbox SELECT * FROM outbox_copy")
                .executeUpdate());
        assertEquals(queued, outboxSize());
        assertInstanceOf(SyncStatus.Synced.class, pusher.pushPending(), pusher.status().toString());
        assertEquals(0, outboxSize());
        assertCloudMatches(queued, salesTotal, soda, beans, mary);
        assertEquals(String.valueOf(queued), cloud.query("SELECT contiguous_through FROM sync_terminal_progress"));
    }

    private void assertCloudMatches(long events, long salesTotal, Product soda, Product beans, Customer mary) {
        assertEquals(String.valueOf(events), cloud.query("SELECT count(*) FROM sync_events"));
        assertEquals("0", cloud.query("SELECT count(*) FROM sync_events WHERE outcome <> 'applied'"));
        assertEquals(String.valueOf(salesTotal), cloud.query("SELECT sum((payload->'total'->>'centavos')::bigint)"
                + " FROM sync_events WHERE event_type = 'sale.completed'"));
        for (Product p : List.of(soda, beans)) {
            BigDecimal inCloud = new BigDecimal(cloud.query("SELECT on_hand FROM stock_levels WHERE product_id = '"
                    + p.id() + "'"));
            assertEquals(0, pos.stock.onHand(p.id()).compareTo(inCloud), p.name() + ": " + inCloud);
        }
        assertEquals(String.valueOf(pos.fiado.balance(mary.id()).centavos()),
                cloud.query("SELECT balance_centavos FROM fiado_balances WHERE customer_id = '" + mary.id() + "'"));
    }

    @Test
    void theAppsBackgroundSyncEmptiesTheOutboxOnceStarted() throws Exception {
        Product soda = pos.catalog.create(ProductDraft.simple("Refresco", null, Money.ofCentavos(1160), TaxRates.IVA_16),
                Optional.empty());
        pos.shifts.open(cashier, Money.ofPesos(500));
        for (int i = 0; i < 5; i++) {
            sell(soda, "2", Tender.cash(Money.ofPesos(50)));
        }
        long queued = outboxSize();
        CountDownLatch synced = new CountDownLatch(1);
        OutboxPusher pusher = pos.startSync(status -> {
            if (status instanceof SyncStatus.Synced) {
                synced.countDown();
            }
        }).orElseThrow();
        assertTrue(synced.await(60, TimeUnit.SECONDS), "background sync never finished: " + pusher.status());
        assertEquals(0, outboxSize());
        assertEquals(String.valueOf(queued), cloud.query("SELECT count(*) FROM sync_events"));
        assertEquals(Optional.of(pusher), pos.startSync(status -> { }), "one pusher per app");
    }

    @Test
    void aRevokedTerminalKeepsItsSalesAndSaysWhy() {
        Product soda = pos.catalog.create(ProductDraft.simple("Refresco", null, Money.ofCentavos(1160), TaxRates.IVA_16),
                Optional.empty());
        pos.shifts.open(cashier, Money.ofPesos(500));
        sell(soda, "1", Tender.cash(Money.ofPesos(20)));
        long queued = outboxSize();
        cloud.revoke(target.terminalId());
        var failed = assertInstanceOf(SyncStatus.Failed.class,
                OutboxPusher.create(pos.db, target, Clock.systemUTC()).pushPending());
        assertTrue(failed.reason().contains("sesión"), failed.reason());
        assertEquals(queued, outboxSize());
        assertEquals("0", cloud.query("SELECT count(*) FROM sync_events"));
        var elsewhere = new SyncTarget(URI.create("http://127.0.0.1:1"), target.terminalId(), "dc1.x");
        assertInstanceOf(SyncStatus.Offline.class, OutboxPusher.create(pos.db, elsewhere, Clock.systemUTC()).pushPending());
    }
}
