package mx.michangarrito.cloud.terminal;

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

/** Pairing codes and terminals of the transaction's tenant, plus the cross-tenant code claim. */
public final class TerminalRepository {

    public void insertPairingCode(Tx tx, UUID pairingId, byte[] codeHash, UUID createdBy, Instant now,
                                  Instant expiresAt) {
        String sql = "INSERT INTO pairing_codes (tenant_id, pairing_id, code_hash, created_by, created_at, expires_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, tx.tenantId());
            s.setObject(2, pairingId);
            s.setBytes(3, codeHash);
            s.setObject(4, createdBy);
            s.setObject(5, SqlRows.utc(now));
            s.setObject(6, SqlRows.utc(expiresAt));
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not store a pairing code", e);
        }
    }

    /** Deletes the tenant's pairing codes that ended before {@code before}. */
    public void deleteOldPairingCodes(Tx tx, Instant before) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "DELETE FROM pairing_codes WHERE tenant_id = ? AND expires_at < ?")) {
            s.setObject(1, tx.tenantId());
            s.setObject(2, SqlRows.utc(before));
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not delete old pairing codes", e);
        }
    }

    /** Marks an open code used and returns its tenant (SECURITY DEFINER {@code claim_pairing_code}). */
    public Optional<UUID> claim(Tx tx, byte[] codeHash, Instant now) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT tenant_id FROM claim_pairing_code(?, ?)")) {
            s.setBytes(1, codeHash);
            s.setObject(2, SqlRows.utc(now));
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(SqlRows.uuid(r, "tenant_id")) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not claim a pairing code", e);
        }
    }

    public void insert(Tx tx, Terminal t) {
        String sql = "INSERT INTO terminals (tenant_id, terminal_id, name, credential_hash, paired_at)"
                + " VALUES (?, ?, ?, ?, ?)";
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, tx.tenantId());
            s.setObject(2, t.terminalId());
            s.setString(3, t.name());
            s.setBytes(4, t.credentialHash());
            s.setObject(5, SqlRows.utc(t.pairedAt()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not store a terminal", e);
        }
    }

    public Optional<Terminal> find(Tx tx, UUID terminalId) {
        List<Terminal> found = query(tx, " AND terminal_id = ?", terminalId);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.getFirst());
    }

    public List<Terminal> all(Tx tx) {
        return query(tx, " ORDER BY paired_at, terminal_id", null);
    }

    /** Revokes an unrevoked terminal; false if there is none with that id in this tenant. */
    public boolean revoke(Tx tx, UUID terminalId, Instant now) {
        try (PreparedStatement s = tx.connection().prepareStatement("UPDATE terminals SET revoked_at = ?"
                + " WHERE tenant_id = ? AND terminal_id = ? AND revoked_at IS NULL")) {
            s.setObject(1, SqlRows.utc(now));
            s.setObject(2, tx.tenantId());
            s.setObject(3, terminalId);
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw SqlRows.failure("could not revoke a terminal", e);
        }
    }

    private static List<Terminal> query(Tx tx, String tail, UUID terminalId) {
        String sql = "SELECT tenant_id, terminal_id, name, credential_hash, paired_at, revoked_at FROM terminals"
                + " WHERE tenant_id = ?" + tail;
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, tx.tenantId());
            if (terminalId != null) {
                s.setObject(2, terminalId);
            }
            List<Terminal> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new Terminal(SqlRows.uuid(r, "tenant_id"), SqlRows.uuid(r, "terminal_id"),
                            r.getString("name"), r.getBytes("credential_hash"), SqlRows.instant(r, "paired_at"),
                            SqlRows.instant(r, "revoked_at")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw SqlRows.failure("could not read terminals", e);
        }
    }
}
