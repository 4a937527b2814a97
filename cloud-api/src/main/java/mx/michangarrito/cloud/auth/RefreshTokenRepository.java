package mx.michangarrito.cloud.auth;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import mx.michangarrito.cloud.db.SqlRows;
import mx.michangarrito.cloud.db.Tx;

/** Refresh tokens of the transaction's tenant. */
public final class RefreshTokenRepository {

    public void insert(Tx tx, RefreshToken t, Instant issuedAt) {
        String sql = "INSERT INTO refresh_tokens (tenant_id, token_id, family_id, user_id, secret_hash, issued_at,"
                + " expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, t.tenantId());
            s.setObject(2, t.tokenId());
            s.setObject(3, t.familyId());
            s.setObject(4, t.userId());
            s.setBytes(5, t.secretHash());
            s.setObject(6, SqlRows.utc(issuedAt));
            s.setObject(7, SqlRows.utc(t.expiresAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not store a refresh token", e);
        }
    }

    public Optional<RefreshToken> lock(Tx tx, UUID tokenId) {
        String sql = "SELECT tenant_id, token_id, family_id, user_id, secret_hash, expires_at, used_at, revoked_at"
                + " FROM refresh_tokens WHERE tenant_id = ? AND token_id = ? FOR UPDATE";
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, tx.tenantId());
            s.setObject(2, tokenId);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new RefreshToken(SqlRows.uuid(r, "tenant_id"), SqlRows.uuid(r, "token_id"),
                        SqlRows.uuid(r, "family_id"), SqlRows.uuid(r, "user_id"), r.getBytes("secret_hash"),
                        SqlRows.instant(r, "expires_at"), SqlRows.instant(r, "used_at"),
                        SqlRows.instant(r, "revoked_at")));
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not read a refresh token", e);
        }
    }

    public void markUsed(Tx tx, UUID tokenId, Instant now) {
        execute(tx, "UPDATE refresh_tokens SET used_at = ? WHERE tenant_id = ? AND token_id = ?", now, tokenId);
    }

    public int revokeFamily(Tx tx, UUID familyId, Instant now) {
        return execute(tx, "UPDATE refresh_tokens SET revoked_at = ? WHERE tenant_id = ? AND family_id = ?"
                + " AND revoked_at IS NULL", now, familyId);
    }

    public int revokeUser(Tx tx, UUID userId, Instant now) {
        return execute(tx, "UPDATE refresh_tokens SET revoked_at = ? WHERE tenant_id = ? AND user_id = ?"
                + " AND revoked_at IS NULL", now, userId);
    }

    private static int execute(Tx tx, String sql, Instant now, UUID id) {
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, SqlRows.utc(now));
            s.setObject(2, tx.tenantId());
            s.setObject(3, id);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not update refresh tokens", e);
        }
    }
}
