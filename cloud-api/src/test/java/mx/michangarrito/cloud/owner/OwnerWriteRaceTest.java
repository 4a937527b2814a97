package mx.michangarrito.cloud.owner;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.cloud.support.Api;
import mx.michangarrito.cloud.support.ApiTest;
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

        CountDownLatch counterWrote = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Void> counter = CompletableFuture.runAsync(() -> db.inTenant(owner.tenantId(), tx -> {
                log.put(tx, atCounter, Instant.now());
                counterWrote.countDown();
                await(release);
                return null;
            }), threads);
            assertTrue(counterWrote.await(30, TimeUnit.SECONDS));
            CompletableFuture<Api.Reply> edit = CompletableFuture.supplyAsync(() -> api.put("/v1/catalog/products/" + id
                    + "/price", owner.accessToken(), Map.of("priceCentavos", 2_000, "version", read)), threads);
            waitUntilASessionWaitsOnTheCounter(owner.tenantId());
            assertFalse(edit.isDone(), "the edit waits for the counter's change");

            release.countDown();
            counter.get(30, TimeUnit.SECONDS);
            Api.Reply reply = edit.get(30, TimeUnit.SECONDS);
            assertEquals(409, reply.status(), reply.body());
            assertEquals(1_900, reply.json().get("current").get("priceCentavos").asLong());
            assertEquals(1_900, api.get("/v1/catalog/products/" + id, owner.accessToken()).expect(200).json()
                    .get("priceCentavos").asLong());
        } finally {
            release.countDown();
            threads.shutdown();
        }
    }

    private void waitUntilASessionWaitsOnTheCounter(UUID shop) throws InterruptedException {
        for (int i = 0; i < 3_000; i++) {
            boolean waiting = db.inTenant(shop, tx -> {
                try (PreparedStatement s = tx.connection().prepareStatement(
                        "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                                + " AND query LIKE '%sync_change_counter%'");
                     ResultSet r = s.executeQuery()) {
                    r.next();
                    return r.getLong(1) > 0;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (waiting) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("the owner's edit never waited for the counter's change");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
