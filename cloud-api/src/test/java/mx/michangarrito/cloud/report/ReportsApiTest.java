package mx.michangarrito.cloud.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.sync.CustomerChanged;
import mx.michangarrito.shared.sync.FiadoEntryKind;
import mx.michangarrito.shared.sync.FiadoRecorded;
import mx.michangarrito.shared.sync.PushRequest;
import mx.michangarrito.shared.sync.PushedEvent;
import mx.michangarrito.shared.sync.SaleCompleted;
import mx.michangarrito.shared.sync.SaleReturned;
import mx.michangarrito.shared.sync.SaleVoided;
import mx.michangarrito.shared.sync.ShiftClosed;
import mx.michangarrito.shared.sync.ShiftOpened;
import mx.michangarrito.shared.sync.StockMoved;
import mx.michangarrito.shared.sync.StockReason;
import mx.michangarrito.shared.sync.SyncSchema;
import mx.michangarrito.shared.sync.TenderKind;
import mx.michangarrito.shared.sync.TerminalEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static mx.michangarrito.cloud.support.SyncPushes.json;
import static mx.michangarrito.cloud.support.SyncPushes.newId;
import static mx.michangarrito.cloud.support.SyncPushes.response;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The owners' reports over pushed events, on the real PostgreSQL: days and hours in the shop's zone,
 * voided sales left out, per terminal and cashier, top products, stock, fiados and cortes — and shop B
 * never sees shop A's numbers, nor A B's.
 */
class ReportsApiTest extends ApiTest {

    private static final String PERIOD = "?from=2026-11-22&to=2026-11-24";

    private Session ownerA;
    private Session ownerB;
    private final UUID cashier1 = newId();
    private final UUID cashier2 = newId();
    private final UUID p1 = newId();
    private final UUID p2 = newId();
    private final UUID mary = newId();
    private final UUID shift = newId();
    private UUID terminalA1;
    private UUID terminalB;

    @BeforeEach
    void twoShopsWithSales() {
        ownerA = shops.signUp("Abarrotes A");
        ownerB = shops.signUp("Papelería B");
        var a1 = shops.pairTerminal(ownerA, "Caja 1");
        var a2 = shops.pairTerminal(ownerA, "Caja 2");
        var b1 = shops.pairTerminal(ownerB, "Caja B");
        terminalA1 = UUID.fromString(a1.text("terminalId"));
        terminalB = UUID.fromString(b1.text("terminalId"));
        UUID voided = newId();
        push(a1.text("deviceCredential"), terminalA1, List.of(
                at("2026-11-22T20:00:00Z", new ShiftOpened(shift, cashier1, Money.ofPesos(500), t("2026-11-22T20:00:00Z"))),
                // 23:30 on the 22nd in Mexico City, though already the 23rd in UTC
                at("2026-11-23T05:30:00Z", sale(newId(), cashier1, TenderKind.CASH, "2026-11-23T05:30:00Z", p1, 2, 10_000)),
                at("2026-11-23T18:00:00Z", sale(newId(), cashier1, TenderKind.CARD, "2026-11-23T18:00:00Z", p2, 1, 5_000)),
                at("2026-11-23T18:30:00Z", sale(voided, cashier1, TenderKind.CASH, "2026-11-23T18:30:00Z", p1, 1, 7_000)),
                at("2026-11-23T18:40:00Z", new SaleVoided(newId(), voided, shift, cashier1, cashier1, "error",
                        t("2026-11-23T18:40:00Z"))),
                at("2026-11-23T18:41:00Z", new StockMoved(newId(), p1, new BigDecimal("-2.000"), StockReason.SALE, null,
                        cashier1, t("2026-11-23T18:41:00Z"))),
                at("2026-11-23T19:00:00Z", new CustomerChanged(newId(), mary, true, "Doña Mary", null, 500_000, null,
                        true, cashier1, t("2026-11-23T19:00:00Z"))),
                at("2026-11-23T19:01:00Z", new FiadoRecorded(newId(), mary, FiadoEntryKind.CHARGE, 3_000, null, null,
                        null, null, cashier1, t("2026-11-23T19:01:00Z"))),
                at("2026-11-24T02:00:00Z", new ShiftClosed(newId(), shift, cashier1, t("2026-11-24T02:00:00Z"), 2,
                        Money.ofCentavos(15_000), Map.of(TenderKind.CASH, Money.ofCentavos(60_000),
                        TenderKind.CARD, Money.ofCentavos(5_000)), Map.of(TenderKind.CASH, Money.ofCentavos(59_500),
                        TenderKind.CARD, Money.ofCentavos(5_000))))));
        push(a2.text("deviceCredential"), UUID.fromString(a2.text("terminalId")), List.of(
                at("2026-11-24T16:00:00Z", sale(newId(), cashier2, TenderKind.CASH, "2026-11-24T16:00:00Z", p2, 1, 2_000))));
        push(b1.text("deviceCredential"), terminalB, List.of(
                at("2026-11-23T18:00:00Z", sale(newId(), cashier1, TenderKind.CARD, "2026-11-23T18:00:00Z", p1, 3, 999_999)),
                at("2026-11-23T18:01:00Z", new StockMoved(newId(), p1, new BigDecimal("-5"), StockReason.SALE, null, null,
                        t("2026-11-23T18:01:00Z"))),
                at("2026-11-23T18:02:00Z", new FiadoRecorded(newId(), mary, FiadoEntryKind.CHARGE, 12_345, null, null,
                        null, null, null, t("2026-11-23T18:02:00Z")))));
    }

    private static Instant t(String at) {
        return Instant.parse(at);
    }

    private static PushedEvent at(String recordedAt, TerminalEvent event) {
        return new PushedEvent(0, t(recordedAt), event);
    }

    private static SaleCompleted sale(UUID id, UUID cashier, TenderKind tender, String at, UUID product, int quantity,
                                      long total) {
        var line = new SaleCompleted.Line(1, product, "Producto " + product.toString().substring(30),
                BigDecimal.valueOf(quantity), Money.ofCentavos(total / quantity), Money.ZERO, Money.ofCentavos(total),
                Money.ofCentavos(total), Money.ZERO, Money.ZERO, "ZERO", null, newId());
        return new SaleCompleted(id, "CAJA-" + id.toString().substring(30), newId(), cashier, null, t(at),
                Money.ofCentavos(total), Money.ZERO, Money.ZERO, Money.ZERO, Money.ofCentavos(total), Money.ZERO,
                List.of(line), List.of(new SaleCompleted.Tender(tender, Money.ofCentavos(total),
                tender == TenderKind.CARD ? "AUT1" : null, null)));
    }

    private void push(String device, UUID terminal, List<PushedEvent> events) {
        List<PushedEvent> numbered = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            numbered.add(new PushedEvent(i + 1, events.get(i).recordedAt(), events.get(i).event()));
        }
        var r = response(api.post(SyncSchema.PUSH_PATH, device, json(new PushRequest(SyncSchema.CURRENT, terminal,
                numbered))));
        assertEquals(events.size(), r.contiguousThrough(), r.toString());
    }

    private JsonNode rows(Session owner, String path) {
        JsonNode report = api.get(path, owner.accessToken()).expect(200).json();
        assertEquals("America/Mexico_City", report.get("timeZone").asText());
        return report.get("rows");
    }

    private static String compact(JsonNode rows, String... fields) {
        List<String> out = new ArrayList<>();
        for (JsonNode row : rows) {
            List<String> values = new ArrayList<>();
            for (String f : fields) {
                values.add(row.get(f).asText());
            }
            out.add(String.join("|", values));
        }
        return String.join(" ", out);
    }

    @Test
    void aReturnIsSubtractedOnItsOwnDayHourAndTerminalAndFromTheSalesCashier() {
        Session ownerC = shops.signUp("Farmacia C");
        var c1 = shops.pairTerminal(ownerC, "Caja C1");
        var c2 = shops.pairTerminal(ownerC, "Caja C2");
        UUID sold = newId();
        push(c1.text("deviceCredential"), UUID.fromString(c1.text("terminalId")), List.of(
                at("2026-11-23T18:00:00Z", sale(sold, cashier1, TenderKind.CASH, "2026-11-23T18:00:00Z", p1, 2, 10_000))));
        push(c2.text("deviceCredential"), UUID.fromString(c2.text("terminalId")), List.of(
                at("2026-11-24T17:10:00Z", new SaleReturned(newId(), sold, shift, cashier2, TenderKind.CASH,
                        Money.ofCentavos(4_000), "caducado", t("2026-11-24T17:10:00Z"), List.of(new SaleReturned.Line(
                        newId(), BigDecimal.ONE, Money.ofCentavos(4_000), Money.ofCentavos(4_000), Money.ZERO,
                        Money.ZERO))))));
        assertEquals("2026-11-23|1|10000 2026-11-24|0|-4000",
                compact(rows(ownerC, "/v1/reports/sales/daily" + PERIOD), "date", "tickets", "totalCentavos"));
        assertEquals("11|0|-4000 12|1|10000",
                compact(rows(ownerC, "/v1/reports/sales/hourly" + PERIOD), "hour", "tickets", "totalCentavos"));
        assertEquals("Caja C1|1|10000 Caja C2|0|-4000",
                compact(rows(ownerC, "/v1/reports/sales/terminals" + PERIOD), "terminalName", "tickets", "totalCentavos"));
        assertEquals(cashier1 + "|1|6000",
                compact(rows(ownerC, "/v1/reports/sales/cashiers" + PERIOD), "cashierId", "tickets", "totalCentavos"));
        assertEquals("2026-11-23|1|10000",
                compact(rows(ownerC, "/v1/reports/sales/daily?from=2026-11-23&to=2026-11-23"), "date", "tickets",
                        "totalCentavos"), "a return after the period does not touch it");
    }

    @Test
    void salesByDayAndHourFollowTheShopsZoneAndLeaveVoidedSalesOut() {
        assertEquals("2026-11-22|1|10000 2026-11-23|1|5000 2026-11-24|1|2000",
                compact(rows(ownerA, "/v1/reports/sales/daily" + PERIOD), "date", "tickets", "totalCentavos"));
        assertEquals("10|1|2000 12|1|5000 23|1|10000",
                compact(rows(ownerA, "/v1/reports/sales/hourly" + PERIOD), "hour", "tickets", "totalCentavos"));
        assertEquals("2026-11-23|1|5000",
                compact(rows(ownerA, "/v1/reports/sales/daily?from=2026-11-23&to=2026-11-23"), "date", "tickets",
                        "totalCentavos"));
    }

    @Test
    void salesPerTerminalCashierAndTopProducts() {
        assertEquals("Caja 1|2|15000 Caja 2|1|2000",
                compact(rows(ownerA, "/v1/reports/sales/terminals" + PERIOD), "terminalName", "tickets", "totalCentavos"));
        assertEquals(cashier1 + "|2|15000 " + cashier2 + "|1|2000",
                compact(rows(ownerA, "/v1/reports/sales/cashiers" + PERIOD), "cashierId", "tickets", "totalCentavos"));
        JsonNode top = rows(ownerA, "/v1/reports/products/top" + PERIOD + "&limit=5");
        assertEquals(p1 + "|10000 " + p2 + "|7000", compact(top, "productId", "totalCentavos"));
        assertEquals(0, new BigDecimal("2").compareTo(top.get(0).get("quantity").decimalValue()));
        assertEquals(p1.toString(), compact(rows(ownerA, "/v1/reports/products/top" + PERIOD + "&limit=1"), "productId"));
    }

    @Test
    void stockFiadosAndCortes() {
        JsonNode stock = rows(ownerA, "/v1/reports/stock");
        assertEquals(p1 + "|true", compact(stock, "productId", "negative"));
        assertEquals(0, new BigDecimal("-2").compareTo(stock.get(0).get("onHand").decimalValue()));
        assertEquals(mary + "|Doña Mary|3000",
                compact(rows(ownerA, "/v1/reports/fiados"), "customerId", "customerName", "balanceCentavos"));
        JsonNode cortes = rows(ownerA, "/v1/reports/cortes" + PERIOD);
        assertEquals(shift + "|" + terminalA1 + "|Caja 1|2|15000|-500", compact(cortes, "shiftId", "terminalId",
                "terminalName", "tickets", "salesTotalCentavos", "differenceCentavos"));
        assertEquals(60_000, cortes.get(0).get("expectedCentavos").get("CASH").asLong());
        assertEquals(59_500, cortes.get(0).get("countedCentavos").get("CASH").asLong());
    }

    @Test
    void shopBSeesOnlyItsOwnNumbersAndShopANeverSeesB() {
        assertEquals("2026-11-23|1|999999",
                compact(rows(ownerB, "/v1/reports/sales/daily" + PERIOD), "date", "tickets", "totalCentavos"));
        assertEquals("Caja B|1|999999",
                compact(rows(ownerB, "/v1/reports/sales/terminals" + PERIOD), "terminalName", "tickets", "totalCentavos"));
        JsonNode stock = rows(ownerB, "/v1/reports/stock");
        assertEquals(p1.toString(), compact(stock, "productId"));
        assertEquals(0, new BigDecimal("-5").compareTo(stock.get(0).get("onHand").decimalValue()));
        assertEquals(mary + "||12345", compact(rows(ownerB, "/v1/reports/fiados"), "customerId", "customerName",
                "balanceCentavos").replace("null", ""));
        assertEquals("", compact(rows(ownerB, "/v1/reports/cortes" + PERIOD), "shiftId"));
        for (String path : List.of("/v1/reports/sales/daily", "/v1/reports/sales/hourly", "/v1/reports/sales/terminals",
                "/v1/reports/sales/cashiers", "/v1/reports/products/top")) {
            String a = api.get(path + PERIOD, ownerA.accessToken()).expect(200).body();
            assertEquals(false, a.contains("999999") || a.contains(terminalB.toString()), path + ": " + a);
        }
    }

    @Test
    void onlyOwnersAndManagersWithAValidPeriod() {
        Session cashier = shops.invite(ownerA, "cashier");
        Session manager = shops.invite(ownerA, "manager");
        api.get("/v1/reports/sales/daily" + PERIOD, cashier.accessToken()).expect(403);
        api.get("/v1/reports/stock", null).expect(401);
        api.get("/v1/reports/sales/daily" + PERIOD, manager.accessToken()).expect(200);
        String device = shops.pairTerminal(ownerA, "Caja 3").text("deviceCredential");
        api.get("/v1/reports/fiados", device).expect(403);
        assertEquals("report.period", api.get("/v1/reports/sales/daily?from=2026-11-24&to=2026-11-22",
                ownerA.accessToken()).expect(400).text("code"));
        assertEquals("report.period", api.get("/v1/reports/sales/daily?from=2025-01-01&to=2026-11-22",
                ownerA.accessToken()).expect(400).text("code"));
        assertEquals("report.date", api.get("/v1/reports/cortes?from=23/11/2026&to=2026-11-24",
                ownerA.accessToken()).expect(400).text("code"));
        assertEquals("field.required", api.get("/v1/reports/sales/hourly?from=2026-11-22",
                ownerA.accessToken()).expect(400).text("code"));
        assertEquals("report.limit", api.get("/v1/reports/products/top" + PERIOD + "&limit=0",
                ownerA.accessToken()).expect(400).text("code"));
    }
}
