package mx.michangarrito.e2e;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.catalog.CatalogException;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.ScanResult;
import mx.michangarrito.pos.fiado.Customer;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.sync.ChangePuller;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real terminals (two H2 data folders, CAJA1 and CAJA2) paired to one real cloud: what one counter
 * changes in the catalog reaches the other after a sync round (push, then pull), removals included;
 * their folios never collide; the cloud's stock is the sum of both counters' movements.
 */
class TwoTerminalsTest {

    @TempDir
    Path dir;
    private CloudUnderTest cloud;
    private Counter a;
    private Counter b;

    /** One counter: its services, its cashier, its pairing. */
    private record Counter(PosServices pos, UUID owner, UUID cashier, SyncTarget target) {

        /** A sync round as the background loop runs it: push the outbox, then pull the shop's changes. */
        void syncRound() {
            OutboxPusher pusher = OutboxPusher.create(pos.db, target, Clock.systemUTC());
            pusher.pullWith(ChangePuller.create(pos.db, target, Clock.systemUTC(), pos.catalog::refresh));
            assertInstanceOf(SyncStatus.Synced.class, pusher.pushPending(), pusher.status().toString());
        }

        Product scan(String code) {
            return assertInstanceOf(ScanResult.Item.class, pos.catalog.scan(code)).product();
        }

        String sell(Product p, int units) {
            Cart cart = new Cart();
            cart.addUnits(p, BigDecimal.valueOf(units));
            return pos.sales.complete(cart, List.of(Tender.cash(Money.ofPesos(200))), cashier).folio();
        }
    }

    private Counter counter(String code, String name) throws IOException {
        PosConfig d = PosConfig.defaults();
        PosServices pos = PosServices.open(Files.createDirectories(dir.resolve(code)),
                new PosConfig(code, d.shopZone(), d.discountLimitPercent(), d.scaleLabels(), 4), Clock.systemUTC());
        Operator owner = pos.users.login(pos.users.createUser(null, "Lupita", Role.OWNER, "1111").id(), "1111");
        UUID cashier = pos.users.createUser(owner, "Caro " + code, Role.CASHIER, "1357").id();
        SyncTarget target = pos.pairing.pair(cloud.url, cloud.pairingCode(), name);
        return new Counter(pos, owner.userId(), cashier, target);
    }

    @BeforeEach
    void shopWithTwoCounters() throws IOException {
        cloud = new CloudUnderTest(dir.resolve("cloud"));
        a = counter("CAJA1", "Caja 1");
        b = counter("CAJA2", "Caja 2");
    }

    @AfterEach
    void close() {
        a.pos().close();
        b.pos().close();
        cloud.close();
    }

    @Test
    void catalogChangesOfOneCounterReachTheOtherAndTheCloudSumsBoth() {
        Product soda = a.pos().catalog.create(new ProductDraft("Refresco cola 600 ml", Optional.empty(),
                List.of("7501055300075", "REF600"), Optional.of(a.pos().catalog.createCategory("Bebidas").id()),
                mx.michangarrito.pos.catalog.Unit.PIEZA, false, TaxRates.IVA_16, Money.ofCentavos(1_200),
                Money.ofCentavos(1_800), BigDecimal.ZERO, Optional.empty(), true), Optional.empty());
        Customer mary = a.pos().customers.create(CustomerDraft.of("Doña Mary", Money.ofPesos(1_500)), Optional.empty());
        a.syncRound();
        b.syncRound();

        // Created at A: on B with its price, barcodes, category and search entry; the customer too.
        assertEquals(soda.id(), b.scan("7501055300075").id());
        assertEquals(Money.ofCentavos(1_800), b.scan("REF600").price());
        assertEquals("Bebidas", b.pos().catalog.categories().getFirst().name());
        assertEquals(soda.id(), b.pos().catalog.search("cola", 5).getFirst().id());
        assertEquals(Money.ofPesos(1_500), b.pos().customers.find(mary.id()).orElseThrow().creditLimit());

        // A changes the price and drops a barcode: after a round on each, B sells at the new price
        // and no longer knows the code; its price history says when it changed.
        Product current = a.pos().catalog.find(soda.id()).orElseThrow();
        a.pos().catalog.update(soda.id(), current.version(), new ProductDraft(current.name(), current.sku(),
                List.of("7501055300075"), current.categoryId(), current.unit(), current.soldByWeight(), current.taxes(),
                current.cost(), Money.ofCentavos(2_000), current.minStock(), current.scaleItemCode(), true),
                Optional.empty());
        a.syncRound();
        b.syncRound();
        assertEquals(Money.ofCentavos(2_000), b.scan("7501055300075").price());
        assertThrows(CatalogException.class, () -> b.pos().catalog.scan("REF600"));
        assertEquals(List.of(1_800L, 2_000L), b.pos().catalog.priceHistory(soda.id()).stream()
                .map(mx.michangarrito.pos.catalog.PriceChange::newPriceCentavos).toList());
        // A gets its own change back and nothing changes there (no echo back up either).
        long aPrices = a.pos().catalog.priceHistory(soda.id()).size();
        a.syncRound();
        assertEquals(aPrices, a.pos().catalog.priceHistory(soda.id()).size());
        long aOutbox = a.pos().db.read(s -> s.createSelectionQuery("select count(*) from OutboxEntry", Long.class)
                .getSingleResult());
        assertEquals(0, aOutbox);

        // Both counters sell the same product: folios never collide; the cloud's stock is the sum.
        a.pos().stock.receivePurchase(soda.id(), new BigDecimal("24"), Optional.empty(), Optional.of(a.cashier()));
        b.pos().stock.receivePurchase(soda.id(), new BigDecimal("12"), Optional.empty(), Optional.of(b.cashier()));
        a.pos().shifts.open(a.cashier(), Money.ofPesos(500));
        b.pos().shifts.open(b.cashier(), Money.ofPesos(500));
        List<String> folios = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            folios.add(a.sell(a.scan("7501055300075"), 1 + i % 2));
            folios.add(b.sell(b.scan("7501055300075"), 2));
        }
        a.syncRound();
        b.syncRound();
        Set<String> distinct = new HashSet<>(folios);
        assertEquals(folios.size(), distinct.size(), folios.toString());
        assertEquals(String.valueOf(folios.size()), cloud.query(
                "SELECT count(DISTINCT payload->>'folio') FROM sync_events WHERE event_type = 'sale.completed'"));
        assertTrue(folios.stream().anyMatch(f -> f.startsWith("CAJA1-")) && folios.stream().anyMatch(f -> f.startsWith("CAJA2-")));
        BigDecimal sum = a.pos().stock.onHand(soda.id()).add(b.pos().stock.onHand(soda.id()));
        assertEquals(0, new BigDecimal("15").compareTo(sum), "24 + 12 received, 9 sold at A, 12 at B: " + sum);
        BigDecimal inCloud = new BigDecimal(cloud.query("SELECT on_hand FROM stock_levels WHERE product_id = '"
                + soda.id() + "'"));
        assertEquals(0, sum.compareTo(inCloud), "cloud " + inCloud + " vs counters " + sum);
    }

    @Test
    void aCategoryRenamedAtOneCounterIsRenamedAtTheOther() {
        UUID drinks = a.pos().catalog.createCategory("Bebidas").id();
        UUID empty = a.pos().catalog.createCategory("Botanas").id();
        Product soda = a.pos().catalog.create(new ProductDraft("Refresco cola 600 ml", Optional.empty(),
                List.of("7501055300075"), Optional.of(drinks), mx.michangarrito.pos.catalog.Unit.PIEZA, false,
                TaxRates.IVA_16, Money.ofCentavos(1_200), Money.ofCentavos(1_800), BigDecimal.ZERO, Optional.empty(),
                true), Optional.empty());
        a.syncRound();
        b.syncRound();
        assertEquals(List.of("Bebidas", "Botanas"), names(b));

        // Renamed at A, no product edited: B pulls the new names; the product keeps its category.
        a.pos().catalog.renameCategory(drinks, "Bebidas frías");
        a.pos().catalog.renameCategory(empty, "Botanas y dulces");
        a.syncRound();
        b.syncRound();
        assertEquals(List.of("Bebidas frías", "Botanas y dulces"), names(b));
        assertEquals(Optional.of(drinks), b.scan("7501055300075").categoryId());
        assertEquals(soda.id(), b.scan("7501055300075").id());

        // And back the other way: renamed at B, A follows; nothing echoes back up.
        b.pos().catalog.renameCategory(drinks, "Refrescos");
        b.syncRound();
        a.syncRound();
        assertEquals(List.of("Botanas y dulces", "Refrescos"), names(a));
        a.syncRound();
        assertEquals(0L, (long) a.pos().db.read(s -> s.createSelectionQuery("select count(*) from OutboxEntry",
                Long.class).getSingleResult()));
    }

    private static List<String> names(Counter c) {
        return c.pos().catalog.categories().stream().map(mx.michangarrito.pos.catalog.Category::name).toList();
    }

    @Test
    void aCounterUnpairsOnceItsEventsAreInTheCloudAndTheCloudRevokesIt() {
        a.pos().customers.create(CustomerDraft.of("Doña Mary", Money.ofPesos(500)), Optional.empty());
        var pending = assertThrows(mx.michangarrito.pos.sync.PairingException.class,
                () -> a.pos().unpairing.unpair(a.owner(), "1111"));
        assertEquals(mx.michangarrito.pos.sync.PairingException.Reason.PENDING, pending.reason());
        a.syncRound();

        a.pos().unpairing.unpair(a.owner(), "1111");
        assertTrue(a.pos().pairing.target().isEmpty());
        assertEquals("t", cloud.query("SELECT revoked_at IS NOT NULL FROM terminals WHERE terminal_id = '"
                + a.target().terminalId() + "'"));
        OutboxPusher old = OutboxPusher.create(a.pos().db, a.target(), Clock.systemUTC());
        a.pos().customers.create(CustomerDraft.of("Don Pepe", Money.ofPesos(100)), Optional.empty());
        assertInstanceOf(SyncStatus.Failed.class, old.pushPending(), "the old credential no longer works");
        assertEquals("f", cloud.query("SELECT revoked_at IS NOT NULL FROM terminals WHERE terminal_id = '"
                + b.target().terminalId() + "'"));
        b.syncRound();

        // Paired again, the till carries on with its outbox numbering: the cloud sees no gap below it.
        long firstUnsent = mx.michangarrito.pos.outbox.Outbox.firstUnsent(a.pos().db);
        assertTrue(firstUnsent > 1, "the till pushed under its first pairing");
        Counter again = new Counter(a.pos(), a.owner(), a.cashier(),
                a.pos().pairing.pair(cloud.url, cloud.pairingCode(), "Caja 1"));
        again.syncRound();
        assertEquals(String.valueOf(firstUnsent), cloud.query("SELECT contiguous_through FROM sync_terminal_progress"
                + " WHERE terminal_id = '" + again.target().terminalId() + "'"), "Don Pepe, and nothing missing");
        assertEquals("1", cloud.query("SELECT count(*) FROM sync_events WHERE terminal_id = '"
                + again.target().terminalId() + "'"));
    }
}
