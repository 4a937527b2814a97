package mx.michangarrito.pos.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks a terminal database with plain SQL, independently of the app's code: whatever was reported
 * committed is there, nothing is half-written, and every ledger adds up. It opens the file read-write, as
 * the app does when it restarts after a crash (H2 recovers an unclosed file only in read-write mode).
 */
final class LedgerInvariants implements AutoCloseable {

    private final Connection c;
    private final java.util.Map<String, String> origin;

    LedgerInvariants(Path dataDir, java.util.Map<String, String> origin) throws SQLException {
        this.origin = origin;
        c = DriverManager.getConnection(mx.michangarrito.pos.store.PosDatabase.jdbcUrl(dataDir), "pos", "");
    }

    void assertSalesPresent(Collection<String> saleIds, String round) throws SQLException {
        for (String id : saleIds) {
            assertEquals(1, count("SELECT COUNT(*) FROM sale WHERE id = '" + id + "'"), round + ": sale " + id + " lost (" + origin.get(id) + ")");
        }
    }

    void assertFiadoPaymentsPresent(Collection<String> entryIds, String round) throws SQLException {
        for (String id : entryIds) {
            assertEquals(1, count("SELECT COUNT(*) FROM fiado_entry WHERE id = '" + id + "'"), round + ": payment " + id + " lost (" + origin.get(id) + ")");
        }
    }

    void assertNoPartialSale(String round) throws SQLException {
        assertNone("SELECT s.folio FROM sale s WHERE NOT EXISTS (SELECT 1 FROM sale_line l WHERE l.sale_id = s.id)"
                + " OR NOT EXISTS (SELECT 1 FROM sale_tender t WHERE t.sale_id = s.id)", round + ": sale without lines or tenders");
        assertNone("SELECT s.folio FROM sale s WHERE s.total_centavos <> (SELECT SUM(l.amount_centavos) FROM sale_line l"
                + " WHERE l.sale_id = s.id)", round + ": lines do not add up to the total");
        assertNone("SELECT s.folio FROM sale s WHERE s.subtotal_centavos + s.ieps_centavos + s.iva_centavos <> s.total_centavos",
                round + ": base + taxes <> total");
        assertNone("SELECT s.folio FROM sale s WHERE (SELECT SUM(t.amount_centavos) FROM sale_tender t WHERE t.sale_id = s.id)"
                + " - s.change_centavos <> s.total_centavos", round + ": tenders - change <> total");
        assertNone("SELECT s.folio FROM sale s WHERE (SELECT COALESCE(SUM(m.quantity), 0) FROM stock_movement m WHERE"
                + " m.reference_id = s.id) <> -(SELECT SUM(l.quantity) FROM sale_line l WHERE l.sale_id = s.id)",
                round + ": a sale without its stock movements");
        assertNone("SELECT s.folio FROM sale s WHERE (SELECT COALESCE(SUM(t.amount_centavos), 0) FROM sale_tender t"
                + " WHERE t.sale_id = s.id AND t.kind = 'FIADO') <> (SELECT COALESCE(SUM(e.amount_centavos), 0) FROM"
                + " fiado_entry e WHERE e.reference_id = s.id AND e.kind = 'CHARGE')", round + ": a fiado tender without its charge");
    }

    void assertLedgersAddUp(String round) throws SQLException {
        assertNone("SELECT l.product_id FROM stock_level l WHERE l.on_hand <> (SELECT SUM(m.quantity) FROM stock_movement m"
                + " WHERE m.product_id = l.product_id)", round + ": stock <> sum of movements");
        assertNone("SELECT DISTINCT m.product_id FROM stock_movement m WHERE NOT EXISTS (SELECT 1 FROM stock_level l"
                + " WHERE l.product_id = m.product_id)", round + ": movements without a stock level");
        assertNone("SELECT b.customer_id FROM fiado_balance b WHERE b.balance_centavos <> (SELECT COALESCE(SUM(CASE e.kind"
                + " WHEN 'CHARGE' THEN e.amount_centavos ELSE -e.amount_centavos END), 0) FROM fiado_entry e"
                + " WHERE e.customer_id = b.customer_id)", round + ": fiado balance <> charges - payments - credits");
    }

    void assertOutboxComplete(String round) throws SQLException {
        long max = count("SELECT COALESCE(MAX(seq), 0) FROM outbox");
        assertEquals(max, count("SELECT COUNT(*) FROM outbox"), round + ": gaps in the outbox sequence");
        assertEquals(max, count("SELECT last_value FROM counter WHERE name = 'outbox'"), round + ": outbox counter");
        eventsMatch("sale.completed", "sale", round);
        eventsMatch("stock.moved", "stock_movement", round);
        eventsMatch("cash.moved", "cash_movement", round);
        eventsMatch("shift.opened", "shift", round);
        assertEquals(count("SELECT COUNT(*) FROM fiado_entry"),
                count("SELECT COUNT(*) FROM outbox WHERE event_type LIKE 'fiado.%'"), round + ": fiado events");
        assertNone("SELECT e.id FROM fiado_entry e WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = e.id)",
                round + ": fiado entry without its event");
        long sales = count("SELECT COUNT(*) FROM sale");
        assertEquals(sales, count("SELECT last_value FROM counter WHERE name = 'folio'"), round + ": folio counter");
        assertEquals(sales, count("SELECT COUNT(DISTINCT folio) FROM sale"), round + ": repeated folio");
    }

    private void eventsMatch(String type, String table, String round) throws SQLException {
        assertEquals(count("SELECT COUNT(*) FROM " + table), count("SELECT COUNT(*) FROM outbox WHERE event_type = '" + type + "'"),
                round + ": one " + type + " per " + table + " row");
        assertNone("SELECT t.id FROM " + table + " t WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.event_id = t.id)",
                round + ": " + table + " row without its " + type + " event");
    }

    private long count(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next());
            return rs.getLong(1);
        }
    }

    private void assertNone(String sql, String message) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next() && found.size() < 5) {
                found.add(rs.getString(1));
            }
        }
        assertEquals(List.of(), found, message);
    }

    @Override
    public void close() throws SQLException {
        c.close();
    }
}
