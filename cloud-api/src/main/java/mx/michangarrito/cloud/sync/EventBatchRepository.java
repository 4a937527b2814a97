package mx.michangarrito.cloud.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import mx.michangarrito.cloud.db.SqlRows;
import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.shared.sync.FiadoRecorded;
import mx.michangarrito.shared.sync.StockMoved;

/**
 * The push's inserts as one multi-row statement each instead of one round trip per event: the events
 * ({@code ON CONFLICT DO NOTHING RETURNING event_id}, so the caller still learns exactly which ones this
 * push stored and answers the others as duplicates or rejections), then the stock movements and fiado
 * entries of the stored ones. A push holds at most {@code SyncSchema.MAX_EVENTS_PER_PUSH} events, far
 * below PostgreSQL's 65,535 bind parameters per statement.
 */
final class EventBatchRepository {

    private EventBatchRepository() {
    }

    /** An event ready to store: where it sits in the push, its serialised payload, and its rejection. */
    record Row(long seq, UUID eventId, String type, String payload, Instant recordedAt, String rejectReason) {
    }

    /** Inserts every row unless its id or sequence is taken; returns the ids this call stored. */
    static Set<UUID> insertEvents(Tx tx, UUID terminalId, int schemaVersion, List<Row> rows, Instant receivedAt) {
        Set<UUID> stored = new HashSet<>();
        if (rows.isEmpty()) {
            return stored;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO sync_events (tenant_id, event_id, terminal_id, seq,"
                + " event_type, schema_version, payload, recorded_at, received_at, outcome, reject_reason) VALUES ");
        values(sql, rows.size(), "(?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?)");
        sql.append(" ON CONFLICT DO NOTHING RETURNING event_id");
        try (PreparedStatement s = tx.connection().prepareStatement(sql.toString())) {
            int i = 1;
            for (Row row : rows) {
                s.setObject(i++, tx.tenantId());
                s.setObject(i++, row.eventId());
                s.setObject(i++, terminalId);
                s.setLong(i++, row.seq());
                s.setString(i++, row.type());
                s.setInt(i++, schemaVersion);
                s.setString(i++, row.payload());
                s.setObject(i++, SqlRows.utc(row.recordedAt()));
                s.setObject(i++, SqlRows.utc(receivedAt));
                s.setString(i++, row.rejectReason() == null ? "applied" : "rejected");
                s.setString(i++, row.rejectReason());
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    stored.add(r.getObject(1, UUID.class));
                }
            }
            return stored;
        } catch (SQLException e) {
            throw SqlRows.failure("could not store sync events", e);
        }
    }

    static void insertStockMovements(Tx tx, UUID terminalId, List<StockMoved> moves) {
        if (moves.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO stock_movements (tenant_id, movement_id, terminal_id,"
                + " product_id, quantity, reason, reference_id, user_id, moved_at) VALUES ");
        values(sql, moves.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        try (PreparedStatement s = tx.connection().prepareStatement(sql.toString())) {
            int i = 1;
            for (StockMoved m : moves) {
                s.setObject(i++, tx.tenantId());
                s.setObject(i++, m.eventId());
                s.setObject(i++, terminalId);
                s.setObject(i++, m.productId());
                s.setBigDecimal(i++, m.quantity());
                s.setString(i++, m.reason().name());
                s.setObject(i++, m.referenceId());
                s.setObject(i++, m.userId());
                s.setObject(i++, SqlRows.utc(m.at()));
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not store stock movements", e);
        }
    }

    static void insertFiadoEntries(Tx tx, UUID terminalId, List<FiadoRecorded> entries) {
        if (entries.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("INSERT INTO fiado_entries (tenant_id, entry_id, terminal_id,"
                + " customer_id, kind, amount_centavos, reference_id, tender, recorded_at) VALUES ");
        values(sql, entries.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)");
        try (PreparedStatement s = tx.connection().prepareStatement(sql.toString())) {
            int i = 1;
            for (FiadoRecorded f : entries) {
                s.setObject(i++, tx.tenantId());
                s.setObject(i++, f.eventId());
                s.setObject(i++, terminalId);
                s.setObject(i++, f.customerId());
                s.setString(i++, f.kind().name());
                s.setLong(i++, f.amountCentavos());
                s.setObject(i++, f.referenceId());
                s.setString(i++, f.tender() == null ? null : f.tender().name());
                s.setObject(i++, SqlRows.utc(f.at()));
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not store fiado entries", e);
        }
    }

    private static void values(StringBuilder sql, int rows, String row) {
        for (int r = 0; r < rows; r++) {
            sql.append(r == 0 ? "" : ", ").append(row);
        }
    }
}
