package mx.michangarrito.cloud.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.michangarrito.cloud.db.SqlRows;
import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.shared.sync.BarcodeState;
import mx.michangarrito.shared.sync.CloudChange;
import mx.michangarrito.shared.sync.Tombstone;

/**
 * Writes the shop's cloud-authoritative records and stamps each change with the next per-shop server
 * sequence (decision 0010). Taking a sequence updates the shop's counter row, whose lock is held until
 * the transaction ends: the shop's changes therefore commit in sequence order, and a puller that has
 * seen sequence n never later meets an n-1 that was still uncommitted.
 */
public final class ChangeLogRepository {

    private final ObjectMapper json;

    public ChangeLogRepository(ObjectMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * Stores {@code change} as the record's new state (a {@link Tombstone} removes it) under a new
     * sequence, unless the record already is in exactly that state.
     *
     * @return true if it was a change
     */
    public boolean put(Tx tx, CloudChange change, Instant now) {
        boolean removal = change instanceof Tombstone;
        String payload = removal ? null : payload(change);
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT deleted, payload = ?::jsonb FROM sync_state WHERE tenant_id = ? AND entity = ? AND entity_key = ?")) {
            s.setString(1, payload);
            s.setObject(2, tx.tenantId());
            s.setString(3, change.entity());
            s.setString(4, change.key());
            try (ResultSet r = s.executeQuery()) {
                if (r.next() ? (removal ? r.getBoolean(1) : !r.getBoolean(1) && r.getBoolean(2)) : removal) {
                    return false; // already so, or removing what never was
                }
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not read a record's state", e);
        }
        long seq = nextSequence(tx);
        String sql = "INSERT INTO sync_state (tenant_id, entity, entity_key, seq, deleted, payload, changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?::jsonb, ?) ON CONFLICT (tenant_id, entity, entity_key) DO UPDATE"
                + " SET seq = EXCLUDED.seq, deleted = EXCLUDED.deleted, payload = EXCLUDED.payload,"
                + " changed_at = EXCLUDED.changed_at";
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, tx.tenantId());
            s.setString(2, change.entity());
            s.setString(3, change.key());
            s.setLong(4, seq);
            s.setBoolean(5, removal);
            s.setString(6, payload);
            s.setObject(7, SqlRows.utc(now));
            s.executeUpdate();
            return true;
        } catch (SQLException e) {
            throw SqlRows.failure("could not store a record's change", e);
        }
    }

    /**
     * Gives a live record a new sequence without changing it, so it comes after a record it refers to
     * that just changed (a barcode after its product): a terminal then never meets a reference to a
     * record it has not been sent yet.
     */
    public void touch(Tx tx, String entity, String key, Instant now) {
        long seq = nextSequence(tx);
        try (PreparedStatement s = tx.connection().prepareStatement("UPDATE sync_state SET seq = ?, changed_at = ?"
                + " WHERE tenant_id = ? AND entity = ? AND entity_key = ? AND NOT deleted")) {
            s.setLong(1, seq);
            s.setObject(2, SqlRows.utc(now));
            s.setObject(3, tx.tenantId());
            s.setString(4, entity);
            s.setString(5, key);
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not move a record after its parent", e);
        }
    }

    /** The keys of the live records of {@code entity} whose payload member {@code member} is {@code value}. */
    public List<String> keysWhere(Tx tx, String entity, String member, String value) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT entity_key FROM sync_state WHERE tenant_id = ? AND entity = ? AND NOT deleted"
                        + " AND payload ->> ? = ? ORDER BY seq")) {
            s.setObject(1, tx.tenantId());
            s.setString(2, entity);
            s.setString(3, member);
            s.setString(4, value);
            List<String> keys = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getString(1));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw SqlRows.failure("could not read records by reference", e);
        }
    }

    /**
     * Takes the shop's counter row lock now, before reading what a write depends on (an owner's expected
     * version, a barcode's owner): the read and the write then see no other change of the shop in
     * between, and since every writer takes this lock before any record's row lock, no deadlock.
     */
    public void lockShop(Tx tx) {
        try (PreparedStatement insert = tx.connection().prepareStatement(
                "INSERT INTO sync_change_counter (tenant_id, last_seq) VALUES (?, 0) ON CONFLICT DO NOTHING");
             PreparedStatement lock = tx.connection().prepareStatement(
                     "SELECT last_seq FROM sync_change_counter WHERE tenant_id = ? FOR UPDATE")) {
            insert.setObject(1, tx.tenantId());
            insert.executeUpdate();
            lock.setObject(1, tx.tenantId());
            try (ResultSet r = lock.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("change counter of the shop not visible");
                }
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not lock the shop's change counter", e);
        }
    }

    /** The next sequence of the shop; holds the shop's counter row locked until the transaction ends. */
    long nextSequence(Tx tx) {
        try (PreparedStatement insert = tx.connection().prepareStatement(
                "INSERT INTO sync_change_counter (tenant_id, last_seq) VALUES (?, 0) ON CONFLICT DO NOTHING");
             PreparedStatement update = tx.connection().prepareStatement(
                     "UPDATE sync_change_counter SET last_seq = last_seq + 1 WHERE tenant_id = ? RETURNING last_seq")) {
            insert.setObject(1, tx.tenantId());
            insert.executeUpdate();
            update.setObject(1, tx.tenantId());
            try (ResultSet r = update.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("change counter of the shop not visible");
                }
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not take a change sequence", e);
        }
    }

    /** The codes of the live barcodes of {@code productId}. */
    public List<String> barcodesOf(Tx tx, UUID productId) {
        return keysWhere(tx, BarcodeState.KIND, "productId", productId.toString());
    }

    private String payload(CloudChange change) {
        try {
            return json.writeValueAsString(change);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("change not serialisable: " + change.entity(), e);
        }
    }
}
