package mx.michangarrito.cloud.owner;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.cloud.support.Api;
import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.CounterRowRace;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.cloud.support.TestDatabase;
import mx.michangarrito.cloud.sync.ChangeLogRepository;
import mx.michangarrito.shared.sync.ProductState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The version check must hold against a change committing at the same moment: a counter's command that
 * is being applied (it holds the shop's counter row) when the owner's edit arrives. The owner's edit waits
 * for it and then, seeing the newer version, answers 409 — it never overwrites it on a stale read.
 */
class OwnerWriteRaceTest extends ApiTest {

    private final Database db = TestDatabase.get().database();
    private final ChangeLogRepository log = new ChangeLogRepository(Json.mapper());

    @Test
    void anEditRacingACounterCommandWaitsAndIsRefused() throws Exception {
        Session owner = shops.signUp("Tienda Carrera Dueña");
        JsonNode created = api.post("/v1/catalog/products", owner.accessToken(),
                OwnerCatalogApiTest.product("Refresco", 1_800, null)).expect(201).json();
        UUID id = UUID.fromString(created.get("productId").asText());
        long read = created.get("version").asLong();
        ProductState atCounter = new ProductState(id, null, "Refresco", null, "PIEZA", false,
                mx.michangarrito.shared.tax.IvaRate.IVA_16, null, 900, 1_900, java.math.BigDecimal.ZERO, null, true);

        try (CounterRowRace race = new CounterRowRace(db, owner.tenantId(),
                tx -> log.put(tx, atCounter, Instant.now()))) {
            assertTrue(race.firstHolds());
            CompletableFuture<Api.Reply> edit = race.second(() -> api.put("/v1/catalog/products/" + id
                    + "/price", owner.accessToken(), Map.of("priceCentavos", 2_000, "version", read)));
            race.waitUntilASessionWaits("the owner's edit never waited for the counter's change");
            assertFalse(edit.isDone(), "the edit waits for the counter's change");

            race.releaseFirst();
            Api.Reply reply = edit.get(30, TimeUnit.SECONDS);
            assertEquals(409, reply.status(), reply.body());
            assertEquals(1_900, reply.json().get("current").get("priceCentavos").asLong());
            assertEquals(1_900, api.get("/v1/catalog/products/" + id, owner.accessToken()).expect(200).json()
                    .get("priceCentavos").asLong());
        }
    }
}
