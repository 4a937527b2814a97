package mx.michangarrito.cloud.sync;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import mx.michangarrito.cloud.db.SqlRows;
import mx.michangarrito.cloud.db.Tx;

/** The shop's event log, each terminal's sequence progress, and the stock and fiado projections. */
public final class SyncRepository {

    /**
     * Starts a new terminal's sequence progress after {@code contiguousThrough}: a till paired again keeps
     * numbering its outbox where it was, so the cloud must not take its earlier numbers for a gap.
     */
    public void startProgress(Tx tx, UUID terminalId, long contiguousThrough, Instant now) {
        try {
            insertProgress(tx, terminalId, contiguousThrough, now, "");
        } catch (SQLException e) {
            throw SqlRows.failure("could not start a terminal's sync progress", e);
        }
    }

    /**
     * Locks the terminal's progress row for this transaction (creating it at 0), so pushes of one terminal
     * run one after the other, and returns the sequence up to which every event has arrived.
     */
    public long lockProgress(Tx tx, UUID terminalId, Instant now) {
        try (PreparedStatement select = tx.connection().prepareStatement(
                "SELECT contiguous_through FROM sync_terminal_progress"
                        + " WHERE tenant_id = ? AND terminal_id = ? FOR UPDATE")) {
            insertProgress(tx, terminalId, 0, now, " ON CONFLICT DO NOTHING");
            select.setObject(1, tx.tenantId());
            select.setObject(2, terminalId);
            try (ResultSet r = select.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("progress row of terminal " + terminalId + " not visible");
                }
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not lock the terminal's sync progress", e);
        }
    }

    /** The one insert of a progress row; {@code onConflict} is empty (a clash fails) or a conflict clause. */
    private static void insertProgress(Tx tx, UUID terminalId, long contiguousThrough, Instant now,
                                       String onConflict) throws SQLException {
        try (PreparedStatement insert = tx.connection().prepareStatement(
                "INSERT INTO sync_terminal_progress (tenant_id, terminal_id, contiguous_through, updated_at)"
                        + " VALUES (?, ?, ?, ?)" + onConflict)) {
            insert.setObject(1, tx.tenantId());
            insert.setObject(2, terminalId);
            insert.setLong(3, contiguousThrough);
            insert.setObject(4, SqlRows.utc(now));
            insert.executeUpdate();
        }
    }

    public void saveProgress(Tx tx, UUID terminalId, long contiguousThrough, Instant now) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "UPDATE sync_terminal_progress SET contiguous_through = ?, updated_at = ?"
                        + " WHERE tenant_id = ? AND terminal_id = ?")) {
            s.setLong(1, contiguousThrough);
            s.setObject(2, SqlRows.utc(now));
            s.setObject(3, tx.tenantId());
            s.setObject(4, terminalId);
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not save the terminal's sync progress", e);
        }
    }

    /** Sequences of the terminal above {@code after}, ascending. */
    public List<Long> sequencesAfter(Tx tx, UUID terminalId, long after) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT seq FROM sync_events WHERE tenant_id = ? AND terminal_id = ? AND seq > ? ORDER BY seq")) {
            s.setObject(1, tx.tenantId());
            s.setObject(2, terminalId);
            s.setLong(3, after);
            List<Long> seqs = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    seqs.add(r.getLong(1));
                }
            }
            return seqs;
        } catch (SQLException e) {
            throw SqlRows.failure("could not read the terminal's sequences", e);
        }
    }

    /** The stored event with {@code eventId}, compared with {@code payloadJson}. */
    public Optional<StoredEvent> findEvent(Tx tx, UUID eventId, String payloadJson) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT terminal_id, seq, reject_reason, payload = ?::jsonb AS same FROM sync_events"
                        + " WHERE tenant_id = ? AND event_id = ?")) {
            s.setString(1, payloadJson);
            s.setObject(2, tx.tenantId());
            s.setObject(3, eventId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new StoredEvent(SqlRows.uuid(r, "terminal_id"), r.getLong("seq"),
                        r.getString("reject_reason"), r.getBoolean("same"))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not read a sync event", e);
        }
    }

    /** Adds {@code delta} to the product's stock on hand (a new product starts at 0). */
    public void addToStock(Tx tx, UUID productId, BigDecimal delta, Instant now) {
        String sql = "INSERT INTO stock_levels (tenant_id, product_id, on_hand, updated_at) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT (tenant_id, product_id) DO UPDATE"
                + " SET on_hand = stock_levels.on_hand + EXCLUDED.on_hand, updated_at = EXCLUDED.updated_at";
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, tx.tenantId());
            s.setObject(2, productId);
            s.setBigDecimal(3, delta);
            s.setObject(4, SqlRows.utc(now));
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not update stock on hand", e);
        }
    }

    /** Adds {@code deltaCentavos} to the customer's fiado balance (a new customer starts at 0). */
    public void addToFiadoBalance(Tx tx, UUID customerId, long deltaCentavos, Instant now) {
        String sql = "INSERT INTO fiado_balances (tenant_id, customer_id, balance_centavos, updated_at)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (tenant_id, customer_id) DO UPDATE"
                + " SET balance_centavos = fiado_balances.balance_centavos + EXCLUDED.balance_centavos,"
                + " updated_at = EXCLUDED.updated_at";
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, tx.tenantId());
            s.setObject(2, customerId);
            s.setLong(3, deltaCentavos);
            s.setObject(4, SqlRows.utc(now));
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not update a fiado balance", e);
        }
    }
}
