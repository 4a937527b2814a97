package mx.michangarrito.cloud.owner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.shared.sync.BarcodeState;
import mx.michangarrito.shared.sync.CategoryState;
import mx.michangarrito.shared.sync.CloudChange;
import mx.michangarrito.shared.sync.ProductAction;
import mx.michangarrito.shared.sync.ProductState;
import mx.michangarrito.shared.sync.PullResponse;
import mx.michangarrito.shared.sync.PulledChange;
import mx.michangarrito.shared.sync.PushOutcome;
import mx.michangarrito.shared.sync.SyncSchema;
import mx.michangarrito.shared.sync.Tombstone;
import mx.michangarrito.shared.tax.IvaRate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static mx.michangarrito.cloud.support.SyncPulls.command;
import static mx.michangarrito.cloud.support.SyncPulls.pull;
import static mx.michangarrito.cloud.support.SyncPushes.json;
import static mx.michangarrito.cloud.support.SyncPushes.request;
import static mx.michangarrito.cloud.support.SyncPushes.response;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The owner's catalog API on the real PostgreSQL: each write reaches the terminals' pull in sequence
 * order (parents first), barcodes are never shared, stale edits get 409 with the current state, inputs
 * are checked, cashiers are refused and another shop sees nothing.
 */
class OwnerCatalogApiTest extends ApiTest {

    private Session owner;
    private String device;
    private UUID terminal;

    @BeforeEach
    void shopWithATerminal() {
        owner = shops.signUp("Tienda Dueña");
        var paired = shops.pairTerminal(owner, "Caja 1");
        device = paired.text("deviceCredential");
        terminal = UUID.fromString(paired.text("terminalId"));
    }

    static Map<String, Object> product(String name, long price, String categoryId, String... barcodes) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name, "unit", "PIEZA", "iva", "IVA_16",
                "costCentavos", price / 2, "priceCentavos", price, "barcodes", List.of(barcodes)));
        if (categoryId != null) {
            body.put("categoryId", categoryId);
        }
        return body;
    }

    private List<CloudChange> changesAfter(long cursor) {
        PullResponse r = pull(api, device, cursor, 1_000);
        List<Long> seqs = r.changes().stream().map(PulledChange::sequence).toList();
        assertEquals(seqs.stream().sorted().distinct().toList(), seqs, "ascending, no repeats");
        return r.changes().stream().map(PulledChange::change).toList();
    }

    private long cursor() {
        return pull(api, device, 0, 1_000).nextCursor();
    }

    @Test
    void createdProductsAndPriceChangesReachThePullInOrder() {
        JsonNode drinks = api.post("/v1/catalog/categories", owner.accessToken(), Map.of("name", "Bebidas"))
                .expect(201).json();
        UUID drinksId = UUID.fromString(drinks.get("categoryId").asText());
        JsonNode soda = api.post("/v1/catalog/products", owner.accessToken(),
                product("Refresco 600 ml", 1_800, drinksId.toString(), "7501055300075", "ref600")).expect(201).json();
        UUID sodaId = UUID.fromString(soda.get("productId").asText());
        assertEquals(List.of("07501055300075", "REF600"), List.of(soda.get("barcodes").get(0).asText(),
                soda.get("barcodes").get(1).asText()));

        List<CloudChange> changes = changesAfter(0);
        assertEquals(4, changes.size(), changes.toString());
        assertEquals(new CategoryState(drinksId, "Bebidas"), changes.get(0));
        ProductState state = (ProductState) changes.get(1);
        assertEquals(1_800, state.priceCentavos());
        assertEquals(IvaRate.IVA_16, state.iva());
        assertEquals(List.of(new BarcodeState("07501055300075", sodaId), new BarcodeState("REF600", sodaId)),
                changes.subList(2, 4));

        long before = cursor();
        JsonNode repriced = api.put("/v1/catalog/products/" + sodaId + "/price", owner.accessToken(),
                Map.of("priceCentavos", 2_000, "version", soda.get("version").asLong())).expect(200).json();
        assertEquals(2_000, repriced.get("priceCentavos").asLong());
        assertTrue(repriced.get("version").asLong() > soda.get("version").asLong());
        List<CloudChange> after = changesAfter(before);
        assertEquals(2_000, ((ProductState) after.getFirst()).priceCentavos(), "the product first");
        assertEquals(List.of("07501055300075", "REF600"), after.subList(1, after.size()).stream()
                .map(CloudChange::key).toList(), "then its barcodes, moved after it");

        // Reads: one and the list, as the owner's app shows them.
        JsonNode one = api.get("/v1/catalog/products/" + sodaId, owner.accessToken()).expect(200).json();
        assertEquals(repriced, one);
        JsonNode list = api.get("/v1/catalog/products", owner.accessToken()).expect(200).json();
        assertEquals(1, list.size());
        assertEquals("Refresco 600 ml", list.get(0).get("name").asText());

        // A full edit (name, cost, weighed unit, withdrawn) keeps the barcodes when none are given.
        Map<String, Object> edit = product("Refresco cola 600 ml", 2_100, drinksId.toString());
        edit.remove("barcodes");
        edit.put("version", one.get("version").asLong());
        edit.put("active", false);
        JsonNode edited = api.put("/v1/catalog/products/" + sodaId, owner.accessToken(), edit).expect(200).json();
        assertEquals("Refresco cola 600 ml", edited.get("name").asText());
        assertEquals(false, edited.get("active").asBoolean());
        assertEquals(2, edited.get("barcodes").size());

        // Renaming the category moves it and then its products and their barcodes after it.
        long beforeRename = cursor();
        api.put("/v1/catalog/categories/" + drinksId, owner.accessToken(), Map.of("name", "Refrescos")).expect(200);
        assertEquals(List.of("category", "product", "barcode", "barcode"), changesAfter(beforeRename).stream()
                .map(CloudChange::entity).toList());
        api.post("/v1/catalog/categories", owner.accessToken(), Map.of("name", "refrescos")).expect(409);
    }

    @Test
    void aBarcodeBelongsToOneProductAndRemovalsTravelAsTombstones() {
        String a = api.post("/v1/catalog/products", owner.accessToken(), product("Frijol 1 kg", 3_450, null,
                "7501000111206")).expect(201).text("productId");
        String b = api.post("/v1/catalog/products", owner.accessToken(), product("Arroz 1 kg", 2_990, null))
                .expect(201).text("productId");

        var taken = api.post("/v1/catalog/products/" + b + "/barcodes", owner.accessToken(),
                Map.of("code", "7501000111206")).expect(409).json();
        assertEquals("owner.barcode_taken", taken.get("code").asText());
        assertTrue(taken.get("title").asText().contains("Frijol 1 kg"), taken.toString());
        var createdWithTaken = api.post("/v1/catalog/products", owner.accessToken(), product("Otro", 100, null,
                "07501000111206"));
        assertEquals(409, createdWithTaken.status(), "the same code in its 14-digit form");

        long before = cursor();
        api.delete("/v1/catalog/products/" + a + "/barcodes/7501000111206", owner.accessToken()).expect(204);
        api.delete("/v1/catalog/products/" + a + "/barcodes/7501000111206", owner.accessToken()).expect(404);
        JsonNode moved = api.post("/v1/catalog/products/" + b + "/barcodes", owner.accessToken(),
                Map.of("code", "7501000111206")).expect(201).json();
        assertEquals("07501000111206", moved.get("barcodes").get(0).asText());
        assertEquals(List.of(new BarcodeState("07501000111206", UUID.fromString(b))), changesAfter(before),
                "the tombstone is overtaken by the new state of the same key");
        api.delete("/v1/catalog/products/" + b + "/barcodes/07501000111206", owner.accessToken()).expect(204);
        assertEquals(List.of(new Tombstone("barcode", "07501000111206")), changesAfter(before));
    }

    @Test
    void anEditFromAnOlderVersionIsRefusedWithTheCurrentState() {
        JsonNode soda = api.post("/v1/catalog/products", owner.accessToken(), product("Refresco", 1_800, null))
                .expect(201).json();
        UUID id = UUID.fromString(soda.get("productId").asText());
        long read = soda.get("version").asLong();

        // Meanwhile a counter changes the price (the terminal's command always applies).
        ProductState atCounter = new ProductState(id, null, "Refresco", null, "PIEZA", false, IvaRate.IVA_16, null,
                900, 1_900, java.math.BigDecimal.ZERO, null, true);
        var pushed = response(api.post(SyncSchema.PUSH_PATH, device,
                json(request(terminal, 1, command(ProductAction.EDIT, atCounter, null)))));
        assertEquals(PushOutcome.ACCEPTED, pushed.results().getFirst().outcome());
        long before = cursor();

        // The owner renames from the old version: 409 with what the product is now; nothing written.
        Map<String, Object> rename = product("Refresco de cola", 1_800, null);
        rename.put("version", read);
        var stale = api.put("/v1/catalog/products/" + id, owner.accessToken(), rename).expect(409);
        assertTrue(stale.contentType().startsWith("application/problem+json"));
        JsonNode problem = stale.json();
        assertEquals("owner.version_conflict", problem.get("code").asText());
        assertEquals(1_900, problem.get("current").get("priceCentavos").asLong());
        long current = problem.get("current").get("version").asLong();
        api.put("/v1/catalog/products/" + id + "/price", owner.accessToken(), Map.of("priceCentavos", 2_000,
                "version", read)).expect(409);
        assertEquals(List.of(), changesAfter(before));

        // From the current version the owner's price applies, and the counter's name stays.
        JsonNode saved = api.put("/v1/catalog/products/" + id + "/price", owner.accessToken(),
                Map.of("priceCentavos", 2_000, "version", current)).expect(200).json();
        assertEquals(2_000, saved.get("priceCentavos").asLong());
        assertEquals(900, saved.get("costCentavos").asLong());
    }

    @Test
    void badInputIsA400NamingTheProblem() {
        String token = owner.accessToken();
        record Case(Map<String, Object> body, String code) {
        }
        Map<String, Object> negative = product("X", 100, null);
        negative.put("priceCentavos", -1);
        Map<String, Object> fraction = product("X", 100, null);
        fraction.put("costCentavos", 12.5);
        Map<String, Object> iva = product("X", 100, null);
        iva.put("iva", "IVA_15");
        Map<String, Object> unit = product("X", 100, null);
        unit.put("unit", "CAJA");
        Map<String, Object> ieps = product("X", 100, null);
        ieps.put("iepsPercent", -8);
        Map<String, Object> weighedPiece = product("X", 100, null);
        weighedPiece.put("soldByWeight", true);
        Map<String, Object> category = product("X", 100, UUID.randomUUID().toString());
        for (Case c : List.of(new Case(negative, "owner.centavos"), new Case(fraction, "owner.centavos"),
                new Case(iva, "owner.iva"), new Case(unit, "owner.unit"), new Case(ieps, "owner.ieps"),
                new Case(weighedPiece, "owner.weighed_unit"), new Case(category, "owner.category_unknown"),
                new Case(product("X".repeat(201), 100, null), "field.too_long"),
                new Case(product(" ", 100, null), "field.required"),
                new Case(product("X", 100, null, "7501055300076"), "owner.barcode"),
                new Case(product("X", 100, null, "con espacio"), "owner.barcode"))) {
            var reply = api.post("/v1/catalog/products", token, c.body()).expect(400);
            assertEquals(c.code(), reply.json().get("code").asText(), c.toString());
        }
        String id = api.post("/v1/catalog/products", token, product("Bueno", 100, null)).expect(201).text("productId");
        assertEquals("field.required", api.put("/v1/catalog/products/" + id, token, product("Bueno", 200, null))
                .expect(400).json().get("code").asText(), "an edit names the version it started from");
        assertEquals("owner.centavos", api.put("/v1/catalog/products/" + id + "/price", token,
                Map.of("priceCentavos", "12", "version", 1)).expect(400).json().get("code").asText());
        assertEquals(1, changesAfter(0).size(), "only the good product was written");
    }

    @Test
    void cashiersAreRefusedManagersWriteAndAnotherShopSeesNothing() {
        String id = api.post("/v1/catalog/products", owner.accessToken(), product("Galletas", 1_590, null, "GAL1"))
                .expect(201).text("productId");
        Session cashier = shops.invite(owner, "cashier");
        api.get("/v1/catalog/products", cashier.accessToken()).expect(403);
        api.post("/v1/catalog/products", cashier.accessToken(), product("X", 1, null)).expect(403);
        api.put("/v1/catalog/products/" + id + "/price", cashier.accessToken(), Map.of("priceCentavos", 1,
                "version", 1)).expect(403);
        api.get("/v1/catalog/products", null).expect(401);
        api.get("/v1/catalog/products", device).expect(403);

        Session manager = shops.invite(owner, "manager");
        long version = api.get("/v1/catalog/products/" + id, manager.accessToken()).expect(200).json()
                .get("version").asLong();
        api.put("/v1/catalog/products/" + id + "/price", manager.accessToken(), Map.of("priceCentavos", 1_690,
                "version", version)).expect(200);

        Session other = shops.signUp("Otra Tienda");
        String otherDevice = shops.pairTerminal(other, "Caja X").text("deviceCredential");
        assertEquals(0, api.get("/v1/catalog/products", other.accessToken()).expect(200).json().size());
        api.get("/v1/catalog/products/" + id, other.accessToken()).expect(404);
        api.put("/v1/catalog/products/" + id + "/price", other.accessToken(), Map.of("priceCentavos", 1,
                "version", version)).expect(404);
        api.post("/v1/catalog/products/" + id + "/barcodes", other.accessToken(), Map.of("code", "OTRO")).expect(404);
        api.delete("/v1/catalog/products/" + id + "/barcodes/GAL1", other.accessToken()).expect(404);
        // The other shop may use the same code for its own product: barcodes are per shop.
        api.post("/v1/catalog/products", other.accessToken(), product("Sus galletas", 1_000, null, "GAL1")).expect(201);
        assertEquals(2, pull(api, otherDevice, 0, 1_000).changes().size());
        assertEquals(1_690, ((ProductState) changesAfter(0).stream().filter(c -> c instanceof ProductState)
                .findFirst().orElseThrow()).priceCentavos());
    }
}
