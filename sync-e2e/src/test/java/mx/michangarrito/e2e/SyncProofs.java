package mx.michangarrito.e2e;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import mx.michangarrito.pos.catalog.Product;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The checks every sync proof ends with: the cloud's log, totals, per-tender sums, stock per product and
 * fiado balances equal what the terminals' own tables add up to, with every sequence once and no gap.
 */
final class SyncProofs {

    private SyncProofs() {
    }

    static void assertCloudEqualsTerminals(CloudUnderTest cloud, List<SellingTerminal> terminals) {
        long events = 0;
        long sales = 0;
        long total = 0;
        Map<String, Long> tenders = new TreeMap<>();
        for (SellingTerminal t : terminals) {
            assertEquals(0, t.pending(), "outbox left");
            assertEquals(0, t.rejected(), "events the cloud rejected");
            long queued = t.queuedEver();
            assertEquals(String.valueOf(queued), cloud.query("SELECT count(*) FROM sync_events WHERE terminal_id = '"
                    + t.target.terminalId() + "'"), "events of " + t.target.terminalId());
            assertEquals(String.valueOf(queued), cloud.query("SELECT max(seq) FROM sync_events WHERE terminal_id = '"
                    + t.target.terminalId() + "'"));
            assertEquals(String.valueOf(queued), cloud.query("SELECT contiguous_through FROM sync_terminal_progress"
                    + " WHERE terminal_id = '" + t.target.terminalId() + "'"), "a gap is left");
            events += queued;
            sales += t.salesCount();
            total += t.salesTotal();
            t.tenderSums().forEach((kind, sum) -> tenders.merge(kind, sum, Long::sum));
        }
        assertEquals(String.valueOf(events), cloud.query("SELECT count(DISTINCT event_id) FROM sync_events"));
        assertEquals(String.valueOf(events), cloud.query("SELECT count(*) FROM sync_events"));
        assertEquals("0", cloud.query("SELECT count(*) FROM sync_events WHERE outcome <> 'applied'"));
        assertEquals(String.valueOf(sales), cloud.query("SELECT count(*) FROM sync_events WHERE event_type = 'sale.completed'"));
        assertEquals(String.valueOf(total), cloud.query("SELECT sum((payload->'total'->>'centavos')::bigint)"
                + " FROM sync_events WHERE event_type = 'sale.completed'"), "sales total");
        Map<String, String> expectedTenders = new TreeMap<>();
        tenders.forEach((kind, sum) -> expectedTenders.put(kind, String.valueOf(sum)));
        assertEquals(expectedTenders, cloud.pairs("SELECT t->>'kind', sum((t->'amount'->>'centavos')::bigint)"
                + " FROM sync_events e, jsonb_array_elements(e.payload->'tenders') t"
                + " WHERE e.event_type = 'sale.completed' GROUP BY 1"), "per-tender sums");

        Map<String, BigDecimal> stock = new HashMap<>();
        Map<String, Long> fiado = new HashMap<>();
        for (SellingTerminal t : terminals) {
            for (Product p : t.products) {
                stock.merge(p.id().toString(), t.pos.stock.onHand(p.id()), BigDecimal::add);
            }
            fiado.merge(t.customer.id().toString(), t.pos.fiado.balance(t.customer.id()).centavos(), Long::sum);
        }
        Map<String, String> cloudStock = cloud.pairs("SELECT product_id, on_hand FROM stock_levels");
        assertEquals(stock.keySet(), cloudStock.keySet(), "products with stock in the cloud");
        stock.forEach((product, onHand) -> assertEquals(0, onHand.compareTo(new BigDecimal(cloudStock.get(product))),
                "stock of " + product + ": terminals " + onHand + ", cloud " + cloudStock.get(product)));
        Map<String, String> expectedFiado = new TreeMap<>();
        fiado.forEach((customer, balance) -> expectedFiado.put(customer, String.valueOf(balance)));
        assertEquals(expectedFiado, cloud.pairs("SELECT customer_id, balance_centavos FROM fiado_balances"),
                "fiado balances");
        assertReportsAgree(cloud, terminals, stock, fiado);
    }

    /** The owners' reports, through the API with the owner's token, say the same as the terminals. */
    private static void assertReportsAgree(CloudUnderTest cloud, List<SellingTerminal> terminals,
                                           Map<String, BigDecimal> stock, Map<String, Long> fiado) {
        LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));
        String period = "?from=" + today.minusDays(1) + "&to=" + today.plusDays(1);
        Map<String, String> expected = new TreeMap<>();
        for (SellingTerminal t : terminals) {
            expected.put(t.target.terminalId().toString(), t.salesCount() + " tickets, " + t.salesTotal());
        }
        Map<String, String> reported = new TreeMap<>();
        for (JsonNode row : cloud.call("GET", "/v1/reports/sales/terminals" + period, cloud.ownerToken, null, 200)
                .get("rows")) {
            reported.put(row.get("terminalId").asText(), row.get("tickets").asLong() + " tickets, "
                    + row.get("totalCentavos").asLong());
        }
        assertEquals(expected, reported, "sales per terminal report");
        for (JsonNode row : cloud.call("GET", "/v1/reports/stock", cloud.ownerToken, null, 200).get("rows")) {
            assertEquals(0, stock.get(row.get("productId").asText()).compareTo(row.get("onHand").decimalValue()),
                    "stock report " + row);
        }
        for (JsonNode row : cloud.call("GET", "/v1/reports/fiados", cloud.ownerToken, null, 200).get("rows")) {
            assertEquals(fiado.get(row.get("customerId").asText()), row.get("balanceCentavos").asLong(), "fiado report");
        }
    }

}
