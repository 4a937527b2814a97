package mx.michangarrito.cloud.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

import mx.michangarrito.cloud.db.SqlRows;
import mx.michangarrito.cloud.db.Tx;

/** Shops (tenants); a transaction sees only its own. */
public final class TenantRepository {

    public void insert(Tx tx, String shopName, Instant createdAt) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "INSERT INTO tenants (tenant_id, shop_name, created_at) VALUES (?, ?, ?)")) {
            s.setObject(1, tx.tenantId());
            s.setString(2, shopName);
            s.setObject(3, SqlRows.utc(createdAt));
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not create a shop", e);
        }
    }

    public Optional<String> shopName(Tx tx) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT shop_name FROM tenants WHERE tenant_id = ?")) {
            s.setObject(1, tx.tenantId());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not read a shop", e);
        }
    }
}
