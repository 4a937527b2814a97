package mx.michangarrito.pos.sync;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import mx.michangarrito.pos.catalog.PriceChange;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.ScanResult;
import mx.michangarrito.pos.catalog.CatalogException;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.sync.BarcodeState;
import mx.michangarrito.shared.sync.CategoryState;
import mx.michangarrito.shared.sync.CustomerState;
import mx.michangarrito.shared.sync.ProductState;
import mx.michangarrito.shared.sync.SettingState;
import mx.michangarrito.shared.sync.Tombstone;
import mx.michangarrito.shared.sync.UserState;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The terminal applies the cloud's changes page by page with its cursor, queues nothing, and resyncs in full. */
class ChangePullerTest {

    @TempDir
    Path dir;
    private TestTerminal t;
    private final ScriptedChanges cloud = new ScriptedChanges();
    private final Set<UUID> refreshed = new HashSet<>();

    @BeforeEach
    void open() {
        t = new TestTerminal(dir);
    }

    @AfterEach
    void close() {
        t.close();
    }

    private ChangePuller puller(int pageSize) {
        return new ChangePuller(t.db, cloud, t.clock, t.ids, pageSize, ids -> {
            refreshed.addAll(ids);
            t.catalog.refresh(ids);
        });
    }

    private static ProductState product(UUID id, String name, long price, UUID category) {
        return new ProductState(id, null, name, category, "PIEZA", false, IvaRate.IVA_16, null, 500, price,
                BigDecimal.ZERO, null, true);
    }

    private long outboxSize() {
        return Outbox.pending(t.db, 0, 100_000).size();
    }

    @Test
    void everyKindOfChangeIsAppliedWithItsCursorAndNothingGoesBackUp() {
        UUID drinks = UUID.randomUUID();
        UUID soda = UUID.randomUUID();
        UUID mary = UUID.randomUUID();
        UUID ana = UUID.randomUUID();
        String hash = BCrypt.withDefaults().hashToString(4, "4321".toCharArray());
        cloud.add(new CategoryState(drinks, "Bebidas"), product(soda, "Refresco cola", 1_800, drinks),
                new BarcodeState("07501055300075", soda), new BarcodeState("REF600", soda),
                new CustomerState(mary, "Doña Mary", "5512345678", 150_000, null, true),
                new UserState(ana, "Ana", "CASHIER", hash, true),
                new SettingState("shop.ticket_footer", "Gracias por su compra"),
                new SettingState("sync.device_credential", "dc1.forged"));
        long queued = outboxSize();
        ChangePuller puller = puller(3);

        assertNull(puller.pullAll());
        assertEquals(8, puller.cursor());
        assertEquals(queued, outboxSize(), "nothing pulled is pushed back");
        var scan = assertInstanceOf(ScanResult.Item.class, t.catalog.scan("7501055300075"));
        assertEquals(Money.ofCentavos(1_800), scan.product().price());
        assertEquals(Optional.of(drinks), scan.product().categoryId());
        assertEquals(soda, t.catalog.search("cola", 5).getFirst().id(), "the search index knows it");
        assertEquals(150_000, t.customers.find(mary).orElseThrow().creditLimit().centavos());
        assertEquals(ana, t.users.login(ana, "4321").userId(), "the PIN is checked here, from the hash");
        assertEquals(Optional.of("Gracias por su compra"), t.services().settings.get("shop.ticket_footer"));
        assertEquals(Optional.empty(), t.services().settings.get("sync.device_credential"),
                "the terminal's own settings are not the cloud's to change");

        // A price change and a dropped barcode; pulling again (or twice) applies each once.
        cloud.add(product(soda, "Refresco cola", 2_000, drinks), new Tombstone(BarcodeState.KIND, "REF600"));
        assertNull(puller.pullAll());
        assertNull(puller.pullAll());
        assertEquals(10, puller.cursor());
        assertThrows(CatalogException.class, () -> t.catalog.scan("REF600"));
        List<PriceChange> history = t.catalog.priceHistory(soda);
        assertEquals(List.of(1_800L, 2_000L), history.stream().map(PriceChange::newPriceCentavos).toList());
        assertEquals(queued, outboxSize());
    }

    @Test
    void anOutageBetweenPagesKeepsTheAppliedPagesAndResumesAfterThem() {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            ids.add(UUID.randomUUID());
            cloud.add(product(ids.getLast(), "Producto " + i, 100 + i, null));
        }
        ChangePuller puller = puller(3);
        cloud.thenOffline(); // the first request fails outright
        assertInstanceOf(FetchAnswer.Unreachable.class, puller.pullAll());
        assertEquals(0, puller.cursor());
        // First page applied, then the network drops: the page stays, with its cursor.
        cloud.thenAnswer().thenOffline();
        assertInstanceOf(FetchAnswer.Unreachable.class, puller.pullAll());
        assertEquals(3, puller.cursor());
        assertEquals(1, t.catalog.priceHistory(ids.get(2)).size());
        assertEquals(Optional.empty(), t.catalog.find(ids.get(3)));
        assertNull(puller.pullAll());
        assertEquals(7, puller.cursor());
        for (UUID id : ids) {
            assertEquals(1, t.catalog.priceHistory(id).size(), "applied once");
        }
    }

    @Test
    void aProductChangedHereAndNotYetPushedKeepsItsLocalState() {
        Product local = t.product("Galletas", "GAL1", 1_500, TaxRates.IVA_16);
        Product dearer = t.catalog.update(local.id(), local.version(), ProductDraft.simple("Galletas", "GAL1",
                Money.ofCentavos(1_700), TaxRates.IVA_16), Optional.empty());
        // The cloud still has the older state (the edit is in the outbox).
        cloud.add(product(local.id(), "Galletas", 1_500, null), new BarcodeState("GAL1", local.id()));
        assertNull(puller(10).pullAll());
        assertEquals(dearer.price(), t.catalog.find(local.id()).orElseThrow().price());
        assertEquals(2, t.catalog.priceHistory(local.id()).size());
    }

    @Test
    void aCursorOlderThanTheTombstonesResyncsFromTheSnapshotWithProgress() {
        UUID soda = UUID.randomUUID();
        cloud.add(product(soda, "Refresco", 1_800, null), new BarcodeState("A1", soda), new BarcodeState("A2", soda));
        ChangePuller puller = puller(2);
        assertNull(puller.pullAll());
        // While this counter is away: A2 is removed, the tombstone purged; a new product arrives.
        cloud.add(new Tombstone(BarcodeState.KIND, "A2"));
        UUID water = UUID.randomUUID();
        cloud.add(product(water, "Agua", 1_000, null), new BarcodeState("W1", water));
        cloud.purgeTombstones();
        List<long[]> progress = new ArrayList<>();
        puller.onResyncProgress((done, total) -> progress.add(new long[] {done, total}));
        ResyncTracker tracker = new ResyncTracker();
        List<String> states = new ArrayList<>();
        tracker.follow(s -> states.add(s.running() + " " + s.done() + "/" + s.total()));
        puller.onResyncProgress(tracker);

        assertNull(puller.pullAll());
        assertThrows(CatalogException.class, () -> t.catalog.scan("A2"), "the removal reached this counter");
        assertEquals(soda, assertInstanceOf(ScanResult.Item.class, t.catalog.scan("A1")).product().id());
        assertEquals(water, assertInstanceOf(ScanResult.Item.class, t.catalog.scan("W1")).product().id());
        assertEquals(List.of("2/4", "4/4"), progress.stream().map(p -> p[0] + "/" + p[1]).toList());
        assertEquals(List.of("true 2/4", "true 4/4", "false 0/0"), states, "the bar shows each page, then goes");
        assertEquals(ResyncTracker.State.IDLE, tracker.state());
        assertEquals(6, puller.cursor());
        assertTrue(refreshed.contains(water));
    }
}
