package mx.michangarrito.cloud.sync;

import java.util.List;
import java.util.UUID;

import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.shared.sync.BarcodeState;
import mx.michangarrito.shared.sync.CategoryCommanded;
import mx.michangarrito.shared.sync.CategoryState;
import mx.michangarrito.shared.sync.CloudChange;
import mx.michangarrito.shared.sync.CustomerChanged;
import mx.michangarrito.shared.sync.CustomerState;
import mx.michangarrito.shared.sync.ProductAction;
import mx.michangarrito.shared.sync.ProductState;
import mx.michangarrito.shared.sync.PullResponse;
import mx.michangarrito.shared.sync.PulledChange;
import mx.michangarrito.shared.sync.PushOutcome;
import mx.michangarrito.shared.sync.PushRequest;
import mx.michangarrito.shared.sync.PushResponse;
import mx.michangarrito.shared.sync.SyncSchema;
import mx.michangarrito.shared.sync.TerminalEvent;
import mx.michangarrito.shared.sync.Tombstone;
import mx.michangarrito.shared.sync.UpdateRequired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static mx.michangarrito.cloud.support.SyncPulls.command;
import static mx.michangarrito.cloud.support.SyncPulls.product;
import static mx.michangarrito.cloud.support.SyncPulls.pull;
import static mx.michangarrito.cloud.support.SyncPushes.AT;
import static mx.michangarrito.cloud.support.SyncPushes.json;
import static mx.michangarrito.cloud.support.SyncPushes.newId;
import static mx.michangarrito.cloud.support.SyncPushes.request;
import static mx.michangarrito.cloud.support.SyncPushes.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /v1/sync/pull}: what one terminal pushes as catalog commands, the others read, in order, per shop. */
class PullApiTest extends ApiTest {

    private Session owner;
    private UUID terminalA;
    private String deviceA;
    private String deviceB;
    private long seqA;

    @BeforeEach
    void twoTerminals() {
        owner = shops.signUp("Tienda Pull");
        var a = shops.pairTerminal(owner, "Caja 1");
        terminalA = UUID.fromString(a.text("terminalId"));
        deviceA = a.text("deviceCredential");
        deviceB = shops.pairTerminal(owner, "Caja 2").text("deviceCredential");
    }

    private PushResponse pushA(TerminalEvent... events) {
        PushRequest r = request(terminalA, seqA + 1, events);
        seqA += events.length;
        return response(api.post(SyncSchema.PUSH_PATH, deviceA, json(r)));
    }

    private static List<CloudChange> changes(PullResponse r) {
        return r.changes().stream().map(PulledChange::change).toList();
    }

    @Test
    void aProductCommandReachesTheOtherTerminalWithItsCategoryAndBarcodesInOrder() {
        UUID soda = newId();
        UUID drinks = newId();
        ProductState created = product(soda, "Refresco 600 ml", 1_800, drinks);
        var pushed = pushA(command(ProductAction.CREATE, created, "Bebidas", "07501055300075", "REF600"));
        assertEquals(PushOutcome.ACCEPTED, pushed.results().getFirst().outcome());

        PullResponse first = pull(api, deviceB, 0, 1_000);
        assertEquals(List.of(new CategoryState(drinks, "Bebidas"), created, new BarcodeState("07501055300075", soda),
                new BarcodeState("REF600", soda)), changes(first));
        assertFalse(first.hasMore());
        assertFalse(first.fullResyncRequired());
        List<Long> seqs = first.changes().stream().map(PulledChange::sequence).toList();
        assertEquals(seqs.stream().sorted().distinct().toList(), seqs, "ascending, no repeats");
        assertEquals(seqs.getLast(), first.nextCursor());

        // Paged: two at a time gives the same changes.
        PullResponse page1 = pull(api, deviceB, 0, 2);
        assertTrue(page1.hasMore());
        PullResponse page2 = pull(api, deviceB, page1.nextCursor(), 2);
        assertEquals(first.changes(), java.util.stream.Stream.concat(page1.changes().stream(), page2.changes().stream())
                .toList());

        // The same state again (A's own change coming back and pushed anew, or a resend) emits nothing.
        pushA(command(ProductAction.EDIT, created, "Bebidas", "07501055300075", "REF600"));
        assertEquals(List.of(), pull(api, deviceB, first.nextCursor(), 1_000).changes());

        // A price change and a barcode dropped: the product's new state and a tombstone.
        ProductState dearer = product(soda, "Refresco 600 ml", 2_000, drinks);
        pushA(command(ProductAction.EDIT, dearer, "Bebidas", "07501055300075"));
        PullResponse second = pull(api, deviceB, first.nextCursor(), 1_000);
        // The kept barcode moves after its product, so a terminal pulling from scratch meets the product first.
        assertEquals(List.of(dearer, new Tombstone(BarcodeState.KIND, "REF600"),
                new BarcodeState("07501055300075", soda)), changes(second));
        // Terminal A pulls the same: its own change comes back like any other.
        assertEquals(List.of(new CategoryState(drinks, "Bebidas"), dearer, new Tombstone(BarcodeState.KIND, "REF600"),
                new BarcodeState("07501055300075", soda)), changes(pull(api, deviceA, 0, 1_000)),
                "each record once, in its latest state, parents first");

        // The category renamed through another product: this product and its barcode move after it.
        UUID water = newId();
        pushA(command(ProductAction.CREATE, product(water, "Agua 1 l", 1_000, drinks), "Bebidas frías", "AGUA1"));
        List<CloudChange> fromScratch = changes(pull(api, deviceA, 0, 1_000));
        assertEquals(List.of(new Tombstone(BarcodeState.KIND, "REF600"), new CategoryState(drinks, "Bebidas frías"),
                dearer, new BarcodeState("07501055300075", soda), product(water, "Agua 1 l", 1_000, drinks),
                new BarcodeState("AGUA1", water)), fromScratch);
        assertTrue(fromScratch.indexOf(dearer) < fromScratch.indexOf(new BarcodeState("07501055300075", soda)));
    }

    @Test
    void aCategoryRenamedAtOneCounterReachesTheOthersWithItsProductsAfterIt() {
        UUID soda = newId();
        UUID drinks = newId();
        ProductState created = product(soda, "Refresco 600 ml", 1_800, drinks);
        pushA(command(ProductAction.CREATE, created, "Bebidas", "REF600"));
        long cursor = pull(api, deviceB, 0, 1_000).nextCursor();

        var renamed = pushA(new CategoryCommanded(newId(), drinks, " Bebidas frías ", null, AT));
        assertEquals(PushOutcome.ACCEPTED, renamed.results().getFirst().outcome());
        PullResponse after = pull(api, deviceB, cursor, 1_000);
        assertEquals(List.of(new CategoryState(drinks, "Bebidas frías"), created, new BarcodeState("REF600", soda)),
                changes(after), "the product and its barcode move after their renamed category");

        // The same name again (a resend, or the rename coming back) emits nothing; a new category travels too.
        pushA(new CategoryCommanded(newId(), drinks, "Bebidas frías", null, AT));
        UUID snacks = newId();
        pushA(new CategoryCommanded(newId(), snacks, "Botanas", null, AT));
        assertEquals(List.of(new CategoryState(snacks, "Botanas")),
                changes(pull(api, deviceB, after.nextCursor(), 1_000)));

        var blank = pushA(new CategoryCommanded(newId(), snacks, "  ", null, AT));
        assertEquals(PushOutcome.REJECTED, blank.results().getFirst().outcome());
        assertEquals(CatalogCommands.CATEGORY_INVALID, blank.results().getFirst().reason());
        var nameless = pushA(new CategoryCommanded(newId(), snacks, null, null, AT));
        assertEquals(PushRules.MISSING_FIELD, nameless.results().getFirst().reason());
    }

    @Test
    void aCustomerCreatedAtOneCounterIsPulledByTheOthers() {
        UUID mary = newId();
        pushA(new CustomerChanged(newId(), mary, true, "Doña Mary", "5512345678", 200_000, null, true, null, AT));
        assertEquals(List.of(new CustomerState(mary, "Doña Mary", "5512345678", 200_000, null, true)),
                changes(pull(api, deviceB, 0, 10)));
    }

    @Test
    void anInvalidCommandIsRejectedAndChangesNothing() {
        ProductState negative = product(newId(), "Gratis", -1, null);
        var r = pushA(command(ProductAction.CREATE, negative, null, "X1"));
        assertEquals(PushOutcome.REJECTED, r.results().getFirst().outcome());
        assertEquals(CatalogCommands.PRODUCT_INVALID, r.results().getFirst().reason());
        assertEquals(List.of(), pull(api, deviceB, 0, 10).changes());
    }

    @Test
    void anotherShopSeesNothingAndTheOwnersTokenIsNotATerminal() {
        pushA(command(ProductAction.CREATE, product(newId(), "Pan", 500, null), null, "PAN1"));
        Session other = shops.signUp("Otra Tienda");
        String otherDevice = shops.pairTerminal(other, "Caja").text("deviceCredential");
        assertEquals(List.of(), pull(api, otherDevice, 0, 10).changes());
        api.get(SyncSchema.PULL_PATH + "?schemaVersion=" + SyncSchema.CURRENT, owner.accessToken()).expect(403);
        api.get(SyncSchema.PULL_PATH + "?schemaVersion=" + SyncSchema.CURRENT, null).expect(401);
    }

    @Test
    void anOldTerminalIsToldToUpdateAndBadParametersAreA400() {
        var old = api.get(SyncSchema.PULL_PATH + "?schemaVersion=0&after=0", deviceB).expect(UpdateRequired.STATUS);
        assertEquals(UpdateRequired.CODE, old.text("code"));
        assertEquals(String.valueOf(SyncSchema.MINIMUM_SUPPORTED), old.text("minimumSchemaVersion"));
        api.get(SyncSchema.SNAPSHOT_PATH + "?schemaVersion=0", deviceB).expect(UpdateRequired.STATUS);
        api.get(SyncSchema.PULL_PATH + "?after=0", deviceB).expect(400);
        api.get(SyncSchema.PULL_PATH + "?schemaVersion=" + (SyncSchema.CURRENT + 1), deviceB).expect(400);
        api.get(SyncSchema.PULL_PATH + "?schemaVersion=2&after=-1", deviceB).expect(400);
        api.get(SyncSchema.PULL_PATH + "?schemaVersion=2&limit=0", deviceB).expect(400);
        api.get(SyncSchema.PULL_PATH + "?schemaVersion=2&limit=1001", deviceB).expect(400);
        api.get(SyncSchema.PULL_PATH + "?schemaVersion=2&after=uno", deviceB).expect(400);
    }
}
