package mx.michangarrito.cloud.report;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import mx.michangarrito.cloud.db.RowMapper;
import mx.michangarrito.cloud.db.SqlRows;
import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.sync.ShiftClosed;
import mx.michangarrito.shared.sync.TenderKind;

/**
 * The owners' reports, read from the shop's event log and projections in one transaction of the shop
 * (row-level security on; every query also names the tenant, so it uses the tenant-first indexes). A sale
 * counts on the day and hour the terminal recorded it, in the shop's zone; a voided sale does not count; a
 * return is subtracted on its own day and hour, and from top products on the product of the sale line it
 * names.
 */
final class ReportRepository {

    /** Completed, applied, not voided sales recorded in [from, to): parameters tenant, from, to. */
    private static final String SALES = "WITH sales AS (SELECT e.event_id, e.terminal_id, e.payload, e.recorded_at,"
            + " (e.payload->'total'->>'centavos')::bigint AS total FROM sync_events e"
            + " WHERE e.tenant_id = ? AND e.event_type = 'sale.completed' AND e.outcome = 'applied'"
            + " AND e.recorded_at >= ? AND e.recorded_at < ? AND NOT EXISTS (SELECT 1 FROM sync_events v"
            + " WHERE v.tenant_id = e.tenant_id AND v.event_type = 'sale.voided' AND v.outcome = 'applied'"
            + " AND v.payload->>'saleId' = e.event_id::text)) ";

    /**
     * {@link #SALES} with the returns recorded in the same period as negative rows of no ticket, on the
     * return's own day, hour and terminal, and on the original sale's cashier ({@code net}: terminal_id,
     * recorded_at, total, cashier, tickets): parameters tenant, from, to twice.
     */
    private static final String NET = SALES.substring(0, SALES.length() - 1)
            + ", returns AS (SELECT r.terminal_id, r.recorded_at, -(r.payload->'total'->>'centavos')::bigint AS total,"
            + " s.payload->>'cashierId' AS cashier FROM sync_events r JOIN sync_events s ON s.tenant_id = r.tenant_id"
            + " AND s.event_id = (r.payload->>'saleId')::uuid AND s.event_type = 'sale.completed'"
            + " WHERE r.tenant_id = ? AND r.event_type = 'sale.returned' AND r.outcome = 'applied'"
            + " AND r.recorded_at >= ? AND r.recorded_at < ?),"
            + " net AS (SELECT terminal_id, recorded_at, total, payload->>'cashierId' AS cashier, 1 AS tickets FROM sales"
            + " UNION ALL SELECT terminal_id, recorded_at, total, cashier, 0 FROM returns) ";

    ZoneId zone(Tx tx) {
        List<String> zone = list(tx, "SELECT time_zone FROM tenants WHERE tenant_id = ?", List.of(tx.tenantId()),
                r -> r.getString(1));
        return ZoneId.of(zone.isEmpty() ? "America/Mexico_City" : zone.getFirst());
    }

    List<Rows.DaySales> byDay(Tx tx, Instant from, Instant to, ZoneId zone) {
        return list(tx, NET + "SELECT (recorded_at AT TIME ZONE ?)::date, sum(tickets), sum(total) FROM net"
                + " GROUP BY 1 ORDER BY 1", net(tx, from, to, zone.getId()),
                r -> new Rows.DaySales(r.getObject(1, java.time.LocalDate.class), r.getLong(2), r.getLong(3)));
    }

    List<Rows.HourSales> byHour(Tx tx, Instant from, Instant to, ZoneId zone) {
        return list(tx, NET + "SELECT extract(hour FROM recorded_at AT TIME ZONE ?)::int, sum(tickets), sum(total)"
                + " FROM net GROUP BY 1 ORDER BY 1", net(tx, from, to, zone.getId()),
                r -> new Rows.HourSales(r.getInt(1), r.getLong(2), r.getLong(3)));
    }

    List<Rows.TerminalSales> byTerminal(Tx tx, Instant from, Instant to) {
        return list(tx, NET + "SELECT s.terminal_id, t.name, sum(s.tickets), sum(s.total) FROM net s"
                + " JOIN terminals t ON t.tenant_id = ? AND t.terminal_id = s.terminal_id"
                + " GROUP BY 1, 2 ORDER BY 4 DESC, 1", net(tx, from, to, tx.tenantId()),
                r -> new Rows.TerminalSales(SqlRows.uuid(r, "terminal_id"), r.getString(2), r.getLong(3), r.getLong(4)));
    }

    List<Rows.CashierSales> byCashier(Tx tx, Instant from, Instant to) {
        return list(tx, NET + "SELECT cashier::uuid, sum(tickets), sum(total) FROM net"
                + " GROUP BY 1 ORDER BY 3 DESC, 1", net(tx, from, to),
                r -> new Rows.CashierSales(r.getObject(1, UUID.class), r.getLong(2), r.getLong(3)));
    }

    /**
     * The products sold in [from, to) less the lines returned in it, each return line put on its product
     * through the sale line it names ({@code lineId}, decision 0018). A sale from a terminal on schema
     * version 2 or older has no line ids: its returns stay out of this report (the sales reports still
     * subtract them at sale level).
     */
    List<Rows.ProductSales> topProducts(Tx tx, Instant from, Instant to, int limit) {
        return list(tx, SALES.substring(0, SALES.length() - 1)
                + ", lines AS (SELECT l->>'productId' AS product, l->>'description' AS description,"
                + " (l->>'quantity')::numeric AS quantity, (l->'amount'->>'centavos')::bigint AS amount"
                + " FROM sales, jsonb_array_elements(sales.payload->'lines') l"
                + " UNION ALL SELECT l->>'productId', l->>'description', -(rl->>'quantity')::numeric,"
                + " -(rl->'amount'->>'centavos')::bigint FROM sync_events r JOIN sync_events s"
                + " ON s.tenant_id = r.tenant_id AND s.event_id = (r.payload->>'saleId')::uuid"
                + " AND s.event_type = 'sale.completed' CROSS JOIN jsonb_array_elements(r.payload->'lines') rl"
                + " JOIN jsonb_array_elements(s.payload->'lines') l ON l->>'lineId' = rl->>'saleLineId'"
                + " WHERE r.tenant_id = ? AND r.event_type = 'sale.returned' AND r.outcome = 'applied'"
                + " AND r.recorded_at >= ? AND r.recorded_at < ?)"
                + " SELECT product::uuid, max(description), sum(quantity), sum(amount) FROM lines"
                + " GROUP BY 1 ORDER BY 4 DESC, 1 LIMIT ?", net(tx, from, to, limit),
                r -> new Rows.ProductSales(r.getObject(1, UUID.class), r.getString(2), r.getBigDecimal(3), r.getLong(4)));
    }

    List<Rows.StockRow> stock(Tx tx) {
        return list(tx, "SELECT product_id, on_hand, updated_at FROM stock_levels WHERE tenant_id = ?"
                + " ORDER BY on_hand, product_id", List.of(tx.tenantId()),
                r -> new Rows.StockRow(SqlRows.uuid(r, "product_id"), r.getBigDecimal(2), r.getBigDecimal(2).signum() < 0,
                        SqlRows.instant(r, "updated_at")));
    }

    List<Rows.FiadoOwed> fiadosOwed(Tx tx) {
        return list(tx, "SELECT b.customer_id, (SELECT c.payload->>'name' FROM sync_events c WHERE c.tenant_id = b.tenant_id"
                + " AND c.event_type = 'customer.changed' AND c.payload->>'customerId' = b.customer_id::text"
                + " ORDER BY c.recorded_at DESC LIMIT 1), b.balance_centavos FROM fiado_balances b"
                + " WHERE b.tenant_id = ? AND b.balance_centavos > 0 ORDER BY 3 DESC, 1", List.of(tx.tenantId()),
                r -> new Rows.FiadoOwed(SqlRows.uuid(r, "customer_id"), r.getString(2), r.getLong(3)));
    }

    List<Rows.Corte> cortes(Tx tx, Instant from, Instant to) {
        return list(tx, "SELECT e.terminal_id, t.name, e.payload::text FROM sync_events e LEFT JOIN terminals t"
                + " ON t.tenant_id = e.tenant_id AND t.terminal_id = e.terminal_id WHERE e.tenant_id = ?"
                + " AND e.event_type = 'shift.closed' AND e.outcome = 'applied' AND e.recorded_at >= ?"
                + " AND e.recorded_at < ? ORDER BY e.recorded_at, e.event_id", period(tx, from, to),
                r -> corte(SqlRows.uuid(r, "terminal_id"), r.getString(2), r.getString(3)));
    }

    private static Rows.Corte corte(UUID terminal, String terminalName, String payload) throws SQLException {
        ShiftClosed closed;
        try {
            closed = Json.mapper().readValue(payload, mx.michangarrito.shared.sync.TerminalEvent.class) instanceof ShiftClosed c
                    ? c : null;
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored shift.closed event is not readable", e);
        }
        if (closed == null) {
            throw new SQLException("a shift.closed row holds another event");
        }
        Map<String, Long> expected = centavos(closed.expected());
        Map<String, Long> counted = centavos(closed.counted());
        long difference = counted.values().stream().mapToLong(Long::longValue).sum()
                - expected.values().stream().mapToLong(Long::longValue).sum();
        return new Rows.Corte(closed.shiftId(), terminal, terminalName, closed.closedBy(), closed.closedAt(),
                closed.tickets(), closed.salesTotal().centavos(), expected, counted, difference);
    }

    private static Map<String, Long> centavos(Map<TenderKind, Money> amounts) {
        Map<String, Long> out = new TreeMap<>();
        amounts.forEach((kind, money) -> out.put(kind.name(), money.centavos()));
        return out;
    }

    private static List<Object> net(Tx tx, Instant from, Instant to, Object... more) {
        List<Object> params = period(tx, from, to);
        params.addAll(period(tx, from, to, more));
        return params;
    }

    private static List<Object> period(Tx tx, Instant from, Instant to, Object... more) {
        List<Object> params = new ArrayList<>(List.of(tx.tenantId(), SqlRows.utc(from), SqlRows.utc(to)));
        params.addAll(List.of(more));
        return params;
    }

    private static <T> List<T> list(Tx tx, String sql, List<Object> params, RowMapper<T> mapper) {
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                s.setObject(i + 1, params.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(mapper.map(r));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw SqlRows.failure("could not read a report", e);
        }
    }
}
