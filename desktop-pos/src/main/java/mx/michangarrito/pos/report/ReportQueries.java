package mx.michangarrito.pos.report;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The report's reads, in plain SQL over one connection of a read transaction. Sales are found by the
 * {@code sale_completed} index and returns by their (small) table; lines are reached through their sale,
 * so a month of a busy shop reads that month's rows only. Voided sales are skipped with a look-up in the
 * unique index of {@code sale_void}.
 */
final class ReportQueries {

    private static final String NOT_VOIDED = " and not exists (select 1 from sale_void v where v.sale_id = s.id)";
    private static final String IN_PERIOD = " s.completed_at >= ? and s.completed_at < ?";
    private static final String RETURNS_IN_PERIOD = " from sale_return_line rl join sale_return r on r.id = rl.return_id"
            + " join sale_line l on l.id = rl.sale_line_id where r.returned_at >= ? and r.returned_at < ?";

    /** A completed, not voided sale (or a return slip, with a negative amount). */
    record Ticket(Instant at, UUID cashierId, long centavos) {
    }

    /**
     * Quantity, amounts and taxes of one product at one IVA rate and IEPS percent, signed; and for the margin,
     * over the lines that have a cost (the one recorded at the sale, else the catalog's current one): their
     * quantity × cost in centavos, quantity and base, plus how many sold lines recorded no cost and so were
     * priced at the catalog's current one.
     */
    record LineSums(UUID productId, String name, String ivaRate, BigDecimal iepsPercent, BigDecimal quantity,
            long amount, long base, long ieps, long iva, BigDecimal cost, BigDecimal costedQuantity, long costedBase,
            long uncostedLines) {
    }

    private final Connection connection;
    private final OffsetDateTime start;
    private final OffsetDateTime end;

    ReportQueries(Connection connection, ReportPeriod period) {
        this.connection = connection;
        this.start = period.start().atOffset(ZoneOffset.UTC);
        this.end = period.end().atOffset(ZoneOffset.UTC);
    }

    List<Ticket> sales() throws SQLException {
        return tickets("select s.completed_at, s.cashier_id, s.total_centavos from sale s where" + IN_PERIOD + NOT_VOIDED,
                1);
    }

    long voidedCount() throws SQLException {
        try (PreparedStatement ps = prepare("select count(*) from sale s join sale_void v on v.sale_id = s.id where"
                + IN_PERIOD); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Return slips of the period as negative tickets, with the cashier of the sale they undo. */
    List<Ticket> returns() throws SQLException {
        return tickets("select r.returned_at, s.cashier_id, r.total_centavos from sale_return r"
                + " join sale s on s.id = r.sale_id where r.returned_at >= ? and r.returned_at < ?", -1);
    }

    /**
     * Sold lines of the period's sales that were not voided, minus lines returned in the period, summed per
     * product and tax rate in one pass over the lines (products and taxes both come from it).
     */
    List<LineSums> lines() throws SQLException {
        List<LineSums> rows = new ArrayList<>();
        String keys = "l.product_id, p.name, l.iva_rate, l.ieps_percent";
        String product = " join product p on p.id = l.product_id";
        lineRows("select " + keys + ", " + sums("l") + ", sum(case when l.unit_cost_centavos is null"
                + " and p.cost_centavos > 0 then 1 else 0 end)"
                + " from sale s join sale_line l on l.sale_id = s.id" + product + " where" + IN_PERIOD + NOT_VOIDED
                + " group by " + keys, 1, rows);
        lineRows("select " + keys + ", " + sums("rl") + ", 0" + RETURNS_IN_PERIOD.replace(" where", product + " where")
                + " group by " + keys, -1, rows);
        return rows;
    }

    /**
     * The sums of {@code t}'s rows (sale lines, or return lines reached with their sale line {@code l}); the
     * cost is the one the sale line recorded, else the catalog's current cost.
     */
    private static String sums(String t) {
        String cost = "coalesce(l.unit_cost_centavos, p.cost_centavos)";
        return "sum(" + t + ".quantity), sum(" + t + ".amount_centavos), sum(" + t + ".base_centavos), sum(" + t
                + ".ieps_centavos), sum(" + t + ".iva_centavos), sum(case when " + cost + " > 0 then " + t
                + ".quantity * " + cost + " else 0 end), sum(case when " + cost + " > 0 then " + t
                + ".quantity else 0 end), sum(case when " + cost + " > 0 then " + t + ".base_centavos else 0 end)";
    }

    Map<UUID, String> userNames() throws SQLException {
        Map<UUID, String> names = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement("select id, display_name from pos_user");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.put(rs.getObject(1, UUID.class), rs.getString(2));
            }
        }
        return names;
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        ps.setObject(1, start);
        ps.setObject(2, end);
        return ps;
    }

    private List<Ticket> tickets(String sql, int sign) throws SQLException {
        List<Ticket> tickets = new ArrayList<>();
        try (PreparedStatement ps = prepare(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                tickets.add(new Ticket(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getObject(2, UUID.class),
                        sign * rs.getLong(3)));
            }
        }
        return tickets;
    }

    private void lineRows(String sql, int sign, List<LineSums> rows) throws SQLException {
        BigDecimal signed = BigDecimal.valueOf(sign);
        try (PreparedStatement ps = prepare(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new LineSums(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getBigDecimal(4), rs.getBigDecimal(5).multiply(signed), sign * rs.getLong(6),
                        sign * rs.getLong(7), sign * rs.getLong(8), sign * rs.getLong(9),
                        rs.getBigDecimal(10).multiply(signed), rs.getBigDecimal(11).multiply(signed),
                        sign * rs.getLong(12), rs.getLong(13)));
            }
        }
    }
}
