package mx.michangarrito.cloud.sync;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.CounterRowRace;
import mx.michangarrito.cloud.support.TestDatabase;
import mx.michangarrito.shared.sync.PullResponse;
import mx.michangarrito.shared.sync.PulledChange;
import mx.michangarrito.shared.sync.SettingState;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The race a change log must survive: a transaction takes sequence n and commits late while another
 * takes n+1. With a plain sequence the n+1 would commit first, a puller would move its cursor past n and
 * never see it. Here the second transaction waits on the shop's counter row until the first commits, so
 * a puller reading in between sees neither, and then both in order.
 */
class ChangeOrderTest extends ApiTest {

    private final Database db = TestDatabase.get().database();
    private final ChangeLogRepository log = new ChangeLogRepository(Json.mapper());
    private final ChangeFeedRepository reader = new ChangeFeedRepository(Json.mapper());

    @Test
    void aLowerSequenceCommittedLastIsNotSkippedByAPuller() throws Exception {
        UUID shop = shops.signUp("Tienda Carrera").tenantId();
        Instant now = Instant.now();
        db.inTenant(shop, tx -> log.put(tx, new SettingState("shop.before", "1"), now));
        long cursor = db.inTenant(shop, tx -> reader.pull(tx, 0, 100)).nextCursor();

        try (CounterRowRace race = new CounterRowRace(db, shop,
                tx -> log.put(tx, new SettingState("shop.slow", "first"), now))) {
            assertTrue(race.firstHolds());
            CompletableFuture<Boolean> second = race.second(() -> db.inTenant(shop,
                    tx -> log.put(tx, new SettingState("shop.fast", "second"), now)));
            race.waitUntilASessionWaits("the second transaction never waited for the first");

            PullResponse meanwhile = db.inTenant(shop, tx -> reader.pull(tx, cursor, 100));
            assertEquals(List.of(), meanwhile.changes(), "nothing committed after the cursor yet");
            assertEquals(cursor, meanwhile.nextCursor());
            assertFalse(second.isDone(), "the later change cannot commit before the earlier one");

            race.releaseFirst();
            second.get(30, TimeUnit.SECONDS);
            PullResponse after = db.inTenant(shop, tx -> reader.pull(tx, meanwhile.nextCursor(), 100));
            assertEquals(List.of(new SettingState("shop.slow", "first"), new SettingState("shop.fast", "second")),
                    after.changes().stream().map(PulledChange::change).toList());
            assertEquals(after.changes().getFirst().sequence() + 1, after.changes().getLast().sequence());
        }
    }
}
