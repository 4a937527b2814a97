package mx.michangarrito.cloud.integration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import mx.michangarrito.cloud.db.SqlRows;
import mx.michangarrito.cloud.db.Tx;

/** Encrypted integration credentials of the transaction's tenant. */
public final class IntegrationCredentialRepository {

    public void upsert(Tx tx, IntegrationKind kind, Sealed sealed, UUID updatedBy, Instant now) {
        String sql = "INSERT INTO integration_credentials (tenant_id, kind, key_id, nonce, ciphertext, updated_at,"
                + " updated_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (tenant_id, kind) DO UPDATE SET"
                + " key_id = EXCLUDED.key_id, nonce = EXCLUDED.nonce, ciphertext = EXCLUDED.ciphertext,"
                + " updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by";
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, tx.tenantId());
            s.setString(2, kind.wire());
            s.setString(3, sealed.keyId());
            s.setBytes(4, sealed.nonce());
            s.setBytes(5, sealed.ciphertext());
            s.setObject(6, SqlRows.utc(now));
            s.setObject(7, updatedBy);
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not store integration credentials", e);
        }
    }

    public Optional<Sealed> find(Tx tx, IntegrationKind kind) {
        try (PreparedStatement s = tx.connection().prepareStatement("SELECT key_id, nonce, ciphertext"
                + " FROM integration_credentials WHERE tenant_id = ? AND kind = ?")) {
            s.setObject(1, tx.tenantId());
            s.setString(2, kind.wire());
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new Sealed(r.getString(1), r.getBytes(2), r.getBytes(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not read integration credentials", e);
        }
    }

    public Set<IntegrationKind> configured(Tx tx) {
        Set<IntegrationKind> kinds = EnumSet.noneOf(IntegrationKind.class);
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT kind FROM integration_credentials WHERE tenant_id = ?")) {
            s.setObject(1, tx.tenantId());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    IntegrationKind.fromWire(r.getString(1)).ifPresent(kinds::add);
                }
            }
            return kinds;
        } catch (SQLException e) {
            throw SqlRows.failure("could not read integration credentials", e);
        }
    }

    public boolean delete(Tx tx, IntegrationKind kind) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "DELETE FROM integration_credentials WHERE tenant_id = ? AND kind = ?")) {
            s.setObject(1, tx.tenantId());
            s.setString(2, kind.wire());
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw SqlRows.failure("could not delete integration credentials", e);
        }
    }
}
