package mx.michangarrito.cloud.sync;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.michangarrito.cloud.db.SqlRows;
import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.shared.sync.CloudChange;
import mx.michangarrito.shared.sync.PullResponse;
import mx.michangarrito.shared.sync.PulledChange;
import mx.michangarrito.shared.sync.SnapshotPage;
import mx.michangarrito.shared.sync.Tombstone;

/** Reads the shop's change log for terminals: changes after a cursor, snapshot pages, tombstone purge. */
public final class ChangeFeedRepository {

    private final ObjectMapper json;

    public ChangeFeedRepository(ObjectMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * Purges tombstones changed before {@code keepSince} and remembers the highest purged sequence:
     * a cursor below it may have missed a removal.
     */
    public void purgeTombstones(Tx tx, Instant keepSince) {
        try (PreparedStatement find = tx.connection().prepareStatement(
                "SELECT max(seq) FROM sync_state WHERE tenant_id = ? AND deleted AND changed_at < ?")) {
            find.setObject(1, tx.tenantId());
            find.setObject(2, SqlRows.utc(keepSince));
            long through;
            try (ResultSet r = find.executeQuery()) {
                r.next();
                through = r.getLong(1);
                if (r.wasNull()) {
                    return;
                }
            }
            try (PreparedStatement mark = tx.connection().prepareStatement(
                    "UPDATE sync_change_counter SET purged_through = greatest(purged_through, ?) WHERE tenant_id = ?");
                 PreparedStatement delete = tx.connection().prepareStatement(
                         "DELETE FROM sync_state WHERE tenant_id = ? AND deleted AND seq <= ?")) {
                mark.setLong(1, through);
                mark.setObject(2, tx.tenantId());
                mark.executeUpdate();
                delete.setObject(1, tx.tenantId());
                delete.setLong(2, through);
                delete.executeUpdate();
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not purge old tombstones", e);
        }
    }

    /** Up to {@code limit} changes after {@code after}, or "full resync required" if tombstones it needs are gone. */
    public PullResponse pull(Tx tx, long after, int limit) {
        long[] counter = counter(tx);
        if (after < counter[1]) {
            return new PullResponse(List.of(), after, false, true);
        }
        List<PulledChange> rows = read(tx, "seq > ?", after, Long.MAX_VALUE, limit + 1);
        boolean more = rows.size() > limit;
        List<PulledChange> page = more ? rows.subList(0, limit) : rows;
        return new PullResponse(page, page.isEmpty() ? after : page.getLast().sequence(), more, false);
    }

    /** A page of the records alive at {@code upTo} (the shop's last sequence when null). */
    public SnapshotPage snapshot(Tx tx, Long upTo, long after, int limit) {
        long at = upTo == null ? counter(tx)[0] : upTo;
        long total;
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT count(*) FROM sync_state WHERE tenant_id = ? AND NOT deleted AND seq <= ?")) {
            s.setObject(1, tx.tenantId());
            s.setLong(2, at);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                total = r.getLong(1);
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not count the snapshot", e);
        }
        List<PulledChange> rows = read(tx, "NOT deleted AND seq > ?", after, at, limit + 1);
        boolean more = rows.size() > limit;
        List<PulledChange> page = more ? rows.subList(0, limit) : rows;
        return new SnapshotPage(at, total, page, page.isEmpty() ? after : page.getLast().sequence(), more);
    }

    /** {last_seq, purged_through} of the shop, zeros before its first change. */
    private static long[] counter(Tx tx) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT last_seq, purged_through FROM sync_change_counter WHERE tenant_id = ?")) {
            s.setObject(1, tx.tenantId());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? new long[] {r.getLong(1), r.getLong(2)} : new long[] {0, 0};
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not read the shop's change counter", e);
        }
    }

    private List<PulledChange> read(Tx tx, String condition, long after, long upTo, int limit) {
        String sql = "SELECT seq, entity, entity_key, deleted, payload::text, changed_at FROM sync_state"
                + " WHERE tenant_id = ? AND " + condition + " AND seq <= ? ORDER BY seq LIMIT ?";
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, tx.tenantId());
            s.setLong(2, after);
            s.setLong(3, upTo);
            s.setInt(4, limit);
            List<PulledChange> changes = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    CloudChange change = r.getBoolean("deleted")
                            ? new Tombstone(r.getString("entity"), r.getString("entity_key"))
                            : json.readValue(r.getString("payload"), CloudChange.class);
                    changes.add(new PulledChange(r.getLong("seq"), SqlRows.instant(r, "changed_at"), change));
                }
            }
            return changes;
        } catch (SQLException e) {
            throw SqlRows.failure("could not read the shop's changes", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored change does not match its wire record", e);
        }
    }
}
