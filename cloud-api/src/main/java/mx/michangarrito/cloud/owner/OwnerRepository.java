package mx.michangarrito.cloud.owner;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.michangarrito.cloud.db.SqlRows;
import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.shared.sync.CloudChange;

/**
 * Reads the shop's cloud-authoritative records (the live rows of {@code sync_state}) for the owner's
 * app, each with its version: the sequence of its last change. Writes go through
 * {@code ChangeLogRepository}; the only other rows written here are the shop's own (its zone and name
 * on {@code tenants}, which the reports and {@code /v1/me} read).
 */
final class OwnerRepository {

    /** A record and its version. */
    record Versioned<T extends CloudChange>(long version, T state) {
    }

    private final ObjectMapper json;

    OwnerRepository(ObjectMapper json) {
        this.json = Objects.requireNonNull(json, "json");
    }

    /** The live record of {@code entity} with {@code key}, if any. */
    <T extends CloudChange> Optional<Versioned<T>> find(Tx tx, String entity, String key, Class<T> type) {
        List<Versioned<T>> rows = read(tx, "entity = ? AND entity_key = ?", List.of(entity, key), type);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.getFirst());
    }

    /** Every live record of {@code entity}, oldest change first. */
    <T extends CloudChange> List<Versioned<T>> all(Tx tx, String entity, Class<T> type) {
        return read(tx, "entity = ?", List.of(entity), type);
    }

    /** The shop's zone for the reports. */
    void setZone(Tx tx, ZoneId zone) {
        update(tx, "UPDATE tenants SET time_zone = ? WHERE tenant_id = ?", zone.getId());
    }

    /** The shop's name, as {@code /v1/me} and the login choices show it. */
    void setShopName(Tx tx, String name) {
        update(tx, "UPDATE tenants SET shop_name = ? WHERE tenant_id = ?", name);
    }

    /** {shop name, zone} of the shop. */
    String[] shop(Tx tx) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT shop_name, time_zone FROM tenants WHERE tenant_id = ?")) {
            s.setObject(1, tx.tenantId());
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("the shop's own row is not visible");
                }
                return new String[] {r.getString(1), r.getString(2)};
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not read the shop", e);
        }
    }

    private static void update(Tx tx, String sql, String value) {
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setString(1, value);
            s.setObject(2, tx.tenantId());
            if (s.executeUpdate() != 1) {
                throw new IllegalStateException("the shop's own row is not visible");
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not update the shop", e);
        }
    }

    private <T extends CloudChange> List<Versioned<T>> read(Tx tx, String condition, List<String> args,
                                                          Class<T> type) {
        String sql = "SELECT seq, payload::text FROM sync_state WHERE tenant_id = ? AND NOT deleted AND "
                + condition + " ORDER BY seq";
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, tx.tenantId());
            for (int i = 0; i < args.size(); i++) {
                s.setString(i + 2, args.get(i));
            }
            List<Versioned<T>> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    CloudChange change = json.readValue(r.getString(2), CloudChange.class);
                    rows.add(new Versioned<>(r.getLong(1), type.cast(change)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw SqlRows.failure("could not read the shop's records", e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored record does not match its wire record", e);
        }
    }
}
