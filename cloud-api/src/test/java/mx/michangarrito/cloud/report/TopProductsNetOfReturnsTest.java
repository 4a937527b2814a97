package mx.michangarrito.cloud.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.cloud.support.Api;
import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.sync.PushOutcome;
import mx.michangarrito.shared.sync.PushRequest;
import mx.michangarrito.shared.sync.PushedEvent;
import mx.michangarrito.shared.sync.SaleCompleted;
import mx.michangarrito.shared.sync.SaleReturned;
import mx.michangarrito.shared.sync.SyncSchema;
import mx.michangarrito.shared.sync.TenderKind;
import mx.michangarrito.shared.sync.TerminalEvent;
import org.junit.jupiter.api.Test;

import static mx.michangarrito.cloud.support.SyncPushes.json;
import static mx.michangarrito.cloud.support.SyncPushes.newId;
import static mx.michangarrito.cloud.support.SyncPushes.response;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Top products net of returns (decision 0018): a returned line is subtracted from the product of the sale
 * line it names; a sale pushed by a terminal on schema version 2 (lines without ids) is still stored, and
 * its returns are subtracted at sale level only, as before.
 */
class TopProductsNetOfReturnsTest extends ApiTest {

    private static final String PERIOD = "?from=2026-11-22&to=2026-11-24";
    private static final Instant AT = Instant.parse("2026-11-23T18:00:00Z");

    private final UUID cashier = newId();
    private final UUID shift = newId();
    private final UUID chips = newId();
    private final UUID soda = newId();

    @Test
    void aReturnedItemLeavesTopProductsWithTheNetQuantityAndAmount() {
        Session owner = shops.signUp("Abarrotes Netos");
        var terminal = shops.pairTerminal(owner, "Caja 1");
        UUID line = newId();
        UUID sale = newId();
        push(terminal, SyncSchema.CURRENT, sale(sale, chips, line, 3, 3_000),
                returned(sale, line, 1, 3_000));
        JsonNode top = top(owner);
        assertEquals(chips + "|6000", compact(top));
        assertEquals(0, new BigDecimal("2").compareTo(top.get(0).get("quantity").decimalValue()), top.toString());
        assertEquals("1|6000", daily(owner), "the sales report still nets the return at sale level");
    }

    @Test
    void aVersionTwoPushWithoutLineIdsStillIngestsAndItsReturnCountsAtSaleLevel() {
        Session owner = shops.signUp("Abarrotes Viejos");
        var terminal = shops.pairTerminal(owner, "Caja vieja");
        UUID sale = newId();
        push(terminal, 2, sale(sale, soda, null, 2, 2_000), returned(sale, newId(), 1, 2_000));
        JsonNode top = top(owner);
        assertEquals(soda + "|4000", compact(top), "without line ids a return cannot be put on its product");
        assertEquals(0, new BigDecimal("2").compareTo(top.get(0).get("quantity").decimalValue()));
        assertEquals("1|2000", daily(owner));
    }

    @Test
    void returnsOfOtherProductsAndOtherLinesDoNotMix() {
        Session owner = shops.signUp("Abarrotes Mixtos");
        var terminal = shops.pairTerminal(owner, "Caja");
        UUID sale = newId();
        UUID chipsLine = newId();
        UUID sodaLine = newId();
        SaleCompleted two = new SaleCompleted(sale, "CAJA-1", shift, cashier, null, AT, Money.ofCentavos(13_000),
                Money.ZERO, Money.ZERO, Money.ZERO, Money.ofCentavos(13_000), Money.ZERO,
                List.of(line(1, chips, chipsLine, 3, 3_000), line(2, soda, sodaLine, 2, 2_000)),
                List.of(new SaleCompleted.Tender(TenderKind.CASH, Money.ofCentavos(13_000), null, null)));
        push(terminal, SyncSchema.CURRENT, two, returned(sale, sodaLine, 2, 2_000), returned(sale, chipsLine, 1, 3_000));
        JsonNode top = top(owner);
        assertEquals(chips + "|6000 " + soda + "|0", compact(top));
        assertEquals(0, BigDecimal.ZERO.compareTo(top.get(1).get("quantity").decimalValue()));
    }

    private SaleCompleted sale(UUID id, UUID product, UUID lineId, int quantity, long unit) {
        long total = unit * quantity;
        return new SaleCompleted(id, "CAJA-" + id.toString().substring(30), shift, cashier, null, AT,
                Money.ofCentavos(total), Money.ZERO, Money.ZERO, Money.ZERO, Money.ofCentavos(total), Money.ZERO,
                List.of(line(1, product, lineId, quantity, unit)),
                List.of(new SaleCompleted.Tender(TenderKind.CASH, Money.ofCentavos(total), null, null)));
    }

    private static SaleCompleted.Line line(int no, UUID product, UUID lineId, int quantity, long unit) {
        Money amount = Money.ofCentavos(unit * quantity);
        return new SaleCompleted.Line(no, product, "Producto " + no, new BigDecimal(quantity).setScale(3),
                Money.ofCentavos(unit), Money.ZERO, amount, amount, Money.ZERO, Money.ZERO, "ZERO", null, lineId);
    }

    private SaleReturned returned(UUID sale, UUID saleLine, int quantity, long unit) {
        Money amount = Money.ofCentavos(unit * quantity);
        return new SaleReturned(newId(), sale, shift, cashier, TenderKind.CASH, amount, null, AT.plusSeconds(60),
                List.of(new SaleReturned.Line(saleLine, new BigDecimal(quantity).setScale(3), amount, amount,
                        Money.ZERO, Money.ZERO)));
    }

    /** Pushes as a terminal of {@code version} would: before 3, sale lines have no {@code lineId} member. */
    private void push(Api.Reply terminal, int version, TerminalEvent... events) {
        List<PushedEvent> pushed = new ArrayList<>();
        for (int i = 0; i < events.length; i++) {
            pushed.add(new PushedEvent(i + 1, AT.plusSeconds(i), events[i]));
        }
        ObjectNode body = (ObjectNode) Json.mapper().valueToTree(
                new PushRequest(version, UUID.fromString(terminal.text("terminalId")), pushed));
        if (version < 3) {
            body.get("events").forEach(e -> e.get("event").path("lines").forEach(l -> {
                if (e.get("event").get("type").asText().equals(SaleCompleted.TYPE)) {
                    ((ObjectNode) l).remove("lineId");
                }
            }));
        }
        var r = response(api.post(SyncSchema.PUSH_PATH, terminal.text("deviceCredential"), json(body)));
        assertEquals(events.length, r.contiguousThrough(), r.toString());
        r.results().forEach(result -> assertEquals(PushOutcome.ACCEPTED, result.outcome(), r.toString()));
    }

    private JsonNode top(Session owner) {
        return api.get("/v1/reports/products/top" + PERIOD + "&limit=5", owner.accessToken()).expect(200).json()
                .get("rows");
    }

    private String daily(Session owner) {
        JsonNode rows = api.get("/v1/reports/sales/daily" + PERIOD, owner.accessToken()).expect(200).json().get("rows");
        long tickets = 0;
        long total = 0;
        for (JsonNode row : rows) {
            tickets += row.get("tickets").asLong();
            total += row.get("totalCentavos").asLong();
        }
        return tickets + "|" + total;
    }

    private static String compact(JsonNode rows) {
        List<String> out = new ArrayList<>();
        rows.forEach(r -> out.add(r.get("productId").asText() + "|" + r.get("totalCentavos").asLong()));
        return String.join(" ", out);
    }
}
