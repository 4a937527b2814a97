package mx.michangarrito.cloud.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.cloud.support.Api;
import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.sync.EventResult;
import mx.michangarrito.shared.sync.FiadoEntryKind;
import mx.michangarrito.shared.sync.PushOutcome;
import mx.michangarrito.shared.sync.PushRequest;
import mx.michangarrito.shared.sync.PushResponse;
import mx.michangarrito.shared.sync.SequenceGap;
import mx.michangarrito.shared.sync.ShiftOpened;
import mx.michangarrito.shared.sync.StockMoved;
import mx.michangarrito.shared.sync.SyncSchema;
import mx.michangarrito.shared.sync.TerminalEvent;
import mx.michangarrito.shared.sync.UpdateRequired;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static mx.michangarrito.cloud.support.SyncPushes.fiado;
import static mx.michangarrito.cloud.support.SyncPushes.json;
import static mx.michangarrito.cloud.support.SyncPushes.newId;
import static mx.michangarrito.cloud.support.SyncPushes.query;
import static mx.michangarrito.cloud.support.SyncPushes.request;
import static mx.michangarrito.cloud.support.SyncPushes.response;
import static mx.michangarrito.cloud.support.SyncPushes.stockMove;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code POST /v1/sync/push} over a real socket and the real PostgreSQL: idempotent, gap-aware, per tenant. */
class PushApiTest extends ApiTest {

    private Session owner;
    private UUID terminal;
    private String device;

    @BeforeEach
    void pairedTerminal() {
        owner = shops.signUp("Tienda Sync");
        var paired = shops.pairTerminal(owner, "Caja 1");
        terminal = UUID.fromString(paired.text("terminalId"));
        device = paired.text("deviceCredential");
    }

    private PushResponse push(PushRequest request) {
        return response(api.post("/v1/sync/push", device, json(request)));
    }

    private static List<PushOutcome> outcomes(PushResponse r) {
        return r.results().stream().map(EventResult::outcome).toList();
    }

    private String stock(UUID product) {
        return query(owner.tenantId(), "SELECT on_hand FROM stock_levels WHERE product_id = '" + product + "'");
    }

    private String balance(UUID customer) {
        return query(owner.tenantId(), "SELECT balance_centavos FROM fiado_balances WHERE customer_id = '" + customer + "'");
    }

    @Test
    void aBatchIsStoredAndItsStockAndFiadoApplied() {
        UUID soda = newId();
        UUID ham = newId();
        UUID mary = newId();
        var r = push(request(terminal, 1, stockMove(soda, "-2.000"), stockMove(ham, "-0.250"),
                stockMove(soda, "24.000"), fiado(mary, FiadoEntryKind.CHARGE, 15_000),
                fiado(mary, FiadoEntryKind.PAYMENT, 5_000), fiado(mary, FiadoEntryKind.CREDIT, 1_000),
                new ShiftOpened(newId(), newId(), Money.ofPesos(500), java.time.Instant.now())));
        assertEquals(List.of(PushOutcome.ACCEPTED, PushOutcome.ACCEPTED, PushOutcome.ACCEPTED, PushOutcome.ACCEPTED,
                PushOutcome.ACCEPTED, PushOutcome.ACCEPTED, PushOutcome.ACCEPTED), outcomes(r));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L), r.results().stream().map(EventResult::sequence).toList());
        assertEquals(7, r.contiguousThrough());
        assertEquals(List.of(), r.gaps());
        assertEquals("22.000", stock(soda));
        assertEquals("-0.250", stock(ham));
        assertEquals("9000", balance(mary));
        assertEquals("7", query(owner.tenantId(), "SELECT count(*) FROM sync_events"));
        assertEquals("3", query(owner.tenantId(), "SELECT count(*) FROM stock_movements"));
    }

    @Test
    void aResentBatchAnswersDuplicateAndChangesNothing() {
        UUID soda = newId();
        var batch = request(terminal, 1, stockMove(soda, "-1.000"), stockMove(soda, "-1.000"));
        push(batch);
        var again = push(batch);
        assertEquals(List.of(PushOutcome.DUPLICATE, PushOutcome.DUPLICATE), outcomes(again));
        assertEquals(2, again.contiguousThrough());
        assertEquals("-2.000", stock(soda));
        assertEquals("2", query(owner.tenantId(), "SELECT count(*) FROM sync_events"));
    }

    @Test
    void anOverlappingResendStoresOnlyTheNewEvents() {
        UUID soda = newId();
        StockMoved[] moves = new StockMoved[5];
        for (int i = 0; i < moves.length; i++) {
            moves[i] = stockMove(soda, "-1.000");
        }
        push(request(terminal, 1, moves[0], moves[1], moves[2]));
        var r = push(request(terminal, 2, moves[1], moves[2], moves[3], moves[4]));
        assertEquals(List.of(PushOutcome.DUPLICATE, PushOutcome.DUPLICATE, PushOutcome.ACCEPTED, PushOutcome.ACCEPTED),
                outcomes(r));
        assertEquals(5, r.contiguousThrough());
        assertEquals("-5.000", stock(soda));
    }

    @Test
    void missingSequencesAreReportedUntilTheyArrive() {
        UUID soda = newId();
        push(request(terminal, 1, stockMove(soda, "1"), stockMove(soda, "1")));
        var withHole = push(request(terminal, 5, stockMove(soda, "1"), stockMove(soda, "1")));
        assertEquals(List.of(PushOutcome.ACCEPTED, PushOutcome.ACCEPTED), outcomes(withHole));
        assertEquals(2, withHole.contiguousThrough());
        assertEquals(List.of(new SequenceGap(3, 4)), withHole.gaps());
        var filled = push(request(terminal, 3, stockMove(soda, "1"), stockMove(soda, "1")));
        assertEquals(6, filled.contiguousThrough());
        assertEquals(List.of(), filled.gaps());
        assertEquals("6", query(owner.tenantId(), "SELECT contiguous_through FROM sync_terminal_progress"
                + " WHERE terminal_id = '" + terminal + "'"));
    }

    @Test
    void aTillPairedAgainCarriesOnWithItsNumberingWithoutAGap() {
        UUID soda = newId();
        String code = api.post("/v1/terminals/pairing-codes", owner.accessToken(), Map.of()).expect(201).text("code");
        var again = api.post("/v1/terminals/pair", null, Map.of("code", code, "name", "Caja 1", "firstSeq", 41))
                .expect(201);
        UUID terminalAgain = UUID.fromString(again.text("terminalId"));
        var r = response(api.post("/v1/sync/push", again.text("deviceCredential"),
                json(request(terminalAgain, 41, stockMove(soda, "-1.000"), stockMove(soda, "-1.000")))));
        assertEquals(List.of(PushOutcome.ACCEPTED, PushOutcome.ACCEPTED), outcomes(r));
        assertEquals(42, r.contiguousThrough());
        assertEquals(List.of(), r.gaps(), "numbers pushed under the till's earlier pairing are no gap");
        // Without firstSeq a till starts at 1, so a first push from 3 still reports 1–2 missing.
        var fresh = shops.pairTerminal(owner, "Caja 2");
        var holed = response(api.post("/v1/sync/push", fresh.text("deviceCredential"),
                json(request(UUID.fromString(fresh.text("terminalId")), 3, stockMove(soda, "1")))));
        assertEquals(List.of(new SequenceGap(1, 2)), holed.gaps());
        for (Object bad : List.of(0, -5, "siete")) {
            String next = api.post("/v1/terminals/pairing-codes", owner.accessToken(), Map.of()).expect(201).text("code");
            api.post("/v1/terminals/pair", null, Map.of("code", next, "name", "Caja 3", "firstSeq", bad)).expect(400);
        }
    }

    @Test
    void anEventBreakingItsRulesIsKeptButNotAppliedAndAnsweredTheSameOnResend() {
        UUID soda = newId();
        var batch = request(terminal, 1, stockMove(soda, "0.000"), stockMove(soda, "1.0001"),
                fiado(newId(), FiadoEntryKind.CHARGE, 0), stockMove(soda, "3"));
        var r = push(batch);
        assertEquals(List.of(PushOutcome.REJECTED, PushOutcome.REJECTED, PushOutcome.REJECTED, PushOutcome.ACCEPTED),
                outcomes(r));
        assertEquals(List.of(PushRules.STOCK_ZERO, PushRules.STOCK_SCALE, PushRules.FIADO_AMOUNT),
                r.results().subList(0, 3).stream().map(EventResult::reason).toList());
        assertEquals(4, r.contiguousThrough(), "a rejected event still fills its sequence");
        assertEquals(r.results(), push(batch).results().stream().map(e -> e.outcome() == PushOutcome.DUPLICATE
                ? EventResult.accepted(e.sequence(), e.eventId()) : e).toList());
        assertEquals("3.000", stock(soda));
    }

    @Test
    void anIdOrSequenceReusedWithOtherContentIsRejected() {
        UUID soda = newId();
        StockMoved first = stockMove(soda, "-1");
        push(request(terminal, 1, first));
        StockMoved forged = new StockMoved(first.eventId(), soda, new java.math.BigDecimal("-100"), first.reason(),
                null, null, first.at());
        var reusedId = push(request(terminal, 2, forged));
        assertEquals(EventResult.rejected(2, first.eventId(), PushRules.EVENT_ID_REUSED), reusedId.results().getFirst());
        StockMoved other = stockMove(soda, "-7");
        var reusedSeq = push(request(terminal, 1, other));
        assertEquals(EventResult.rejected(1, other.eventId(), PushRules.SEQUENCE_REUSED), reusedSeq.results().getFirst());
        assertEquals("-1.000", stock(soda));
    }

    @Test
    void twoTerminalsOfAShopAddUpAndTheSameIdInAnotherShopIsAnotherEvent() {
        UUID soda = newId();
        var second = shops.pairTerminal(owner, "Caja 2");
        push(request(terminal, 1, stockMove(soda, "-2")));
        response(api.post("/v1/sync/push", second.text("deviceCredential"), json(request(
                UUID.fromString(second.text("terminalId")), 1, stockMove(soda, "-3")))));
        assertEquals("-5.000", stock(soda));

        Session otherOwner = shops.signUp("Tienda Otra");
        var otherTerminal = shops.pairTerminal(otherOwner, "Caja");
        StockMoved shared = stockMove(soda, "-1");
        push(request(terminal, 2, shared));
        var r = response(api.post("/v1/sync/push", otherTerminal.text("deviceCredential"), json(request(
                UUID.fromString(otherTerminal.text("terminalId")), 1, shared))));
        assertEquals(PushOutcome.ACCEPTED, r.results().getFirst().outcome());
        assertEquals("-6.000", stock(soda));
        assertEquals("-1.000", query(otherOwner.tenantId(),
                "SELECT on_hand FROM stock_levels WHERE product_id = '" + soda + "'"));
    }

    @Test
    void concurrentCopiesOfABatchStoreEachEventOnce() throws Exception {
        UUID soda = newId();
        List<TerminalEvent> moves = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            moves.add(stockMove(soda, "-1"));
        }
        String body = json(request(terminal, 1, moves.toArray(TerminalEvent[]::new)));
        List<Future<PushResponse>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < 4; i++) {
                answers.add(pool.submit((Callable<PushResponse>) () -> response(api.post("/v1/sync/push", device, body))));
            }
        }
        long accepted = 0;
        for (var answer : answers) {
            accepted += answer.get().results().stream().filter(e -> e.outcome() == PushOutcome.ACCEPTED).count();
            assertTrue(answer.get().results().stream().allMatch(e -> e.outcome().settled()));
        }
        assertEquals(50, accepted);
        assertEquals("-50.000", stock(soda));
    }

    @Test
    void anOldTerminalIsToldToUpdate() throws Exception {
        String body = json(request(terminal, 1, stockMove(newId(), "1"))).replace(
                "\"schemaVersion\":" + SyncSchema.CURRENT, "\"schemaVersion\":0");
        var reply = api.post("/v1/sync/push", device, body).expect(426);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        UpdateRequired answer = Json.mapper().readValue(reply.body(), UpdateRequired.class);
        assertEquals(UpdateRequired.CODE, answer.code());
        assertEquals(0, answer.schemaVersion());
        assertEquals(1, answer.minimumSchemaVersion());
        assertTrue(answer.title().contains("Actualiza"), answer.title());
        // Whatever else an old terminal sends, the version decides first.
        api.post("/v1/sync/push", device, "{\"schemaVersion\":0,\"batch\":[1,2]}").expect(426);
        assertEquals("0", query(owner.tenantId(), "SELECT count(*) FROM sync_events"));
    }

    @Test
    void malformedOrForgedPushesAreClear4xx() {
        String good = json(request(terminal, 1, stockMove(newId(), "1")));
        assertCode(400, "request.body_missing", api.send("POST", "/v1/sync/push", device, null, Map.of()));
        assertCode(400, "request.malformed_json", api.post("/v1/sync/push", device, "{\"schemaVersion\":1,"));
        assertCode(400, "field.required", api.post("/v1/sync/push", device, "{\"events\":[]}"));
        assertCode(400, "sync.schema_unknown", api.post("/v1/sync/push", device,
                good.replace("\"schemaVersion\":" + SyncSchema.CURRENT, "\"schemaVersion\":" + (SyncSchema.CURRENT + 1))));
        assertCode(400, "request.unknown_type", api.post("/v1/sync/push", device,
                good.replace("\"stock.moved\"", "\"stock.teleported\"")));
        assertCode(400, "request.unknown_field", api.post("/v1/sync/push", device,
                good.replace("\"quantity\":", "\"colour\":\"red\",\"quantity\":")));
        assertCode(400, "request.malformed_json", api.post("/v1/sync/push", device,
                good.replace("\"quantity\":1", "\"quantity\":\"mucho\"")));
        assertCode(400, "sync.batch_size", api.post("/v1/sync/push", device, json(request(terminal, 1))));
        StockMoved m = stockMove(newId(), "1");
        assertCode(400, "sync.sequence_order", api.post("/v1/sync/push", device,
                json(request(terminal, 0, m))));
        assertCode(400, "sync.duplicate_in_batch", api.post("/v1/sync/push", device, json(request(terminal, 1, m, m))));
        String unordered = json(request(terminal, 1, stockMove(newId(), "1"), stockMove(newId(), "1")))
                .replace("\"sequence\":2", "\"sequence\":1");
        assertCode(400, "sync.sequence_order", api.post("/v1/sync/push", device, unordered));
        assertCode(403, "sync.terminal_mismatch", api.post("/v1/sync/push", device, json(request(newId(), 1, m))));
        assertCode(401, "auth.missing", api.post("/v1/sync/push", null, good));
        assertCode(401, "auth.invalid", api.post("/v1/sync/push", device.substring(0, device.length() - 2) + "xx", good));
        assertCode(403, "forbidden", api.post("/v1/sync/push", owner.accessToken(), good));
        assertEquals("0", query(owner.tenantId(), "SELECT count(*) FROM sync_events"));
    }

    private static void assertCode(int status, String code, Api.Reply reply) {
        assertEquals(status, reply.status(), reply.body());
        assertEquals(code, reply.text("code"), reply.body());
    }
}
