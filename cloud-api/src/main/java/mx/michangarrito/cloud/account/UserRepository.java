package mx.michangarrito.cloud.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import mx.michangarrito.cloud.auth.Role;
import mx.michangarrito.cloud.db.SqlRows;
import mx.michangarrito.cloud.db.Tx;

/** The people of the transaction's shop. */
public final class UserRepository {

    private static final String COLUMNS = "tenant_id, user_id, phone, display_name, role, status";

    public void insert(Tx tx, Member m, UUID invitedBy, Instant createdAt) {
        String sql = "INSERT INTO users (" + COLUMNS + ", invited_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, tx.tenantId());
            s.setObject(2, m.userId());
            s.setString(3, m.phone());
            s.setString(4, m.name());
            s.setString(5, m.role().wire());
            s.setString(6, m.status().wire());
            s.setObject(7, invitedBy);
            s.setObject(8, SqlRows.utc(createdAt));
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not add a user", e);
        }
    }

    public Optional<Member> find(Tx tx, UUID userId) {
        return one(tx, "SELECT " + COLUMNS + " FROM users WHERE tenant_id = ? AND user_id = ?", userId);
    }

    public Optional<Member> findByPhone(Tx tx, String phone) {
        return one(tx, "SELECT " + COLUMNS + " FROM users WHERE tenant_id = ? AND phone = ?", phone);
    }

    public List<Member> all(Tx tx) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT " + COLUMNS + " FROM users WHERE tenant_id = ? ORDER BY created_at, user_id")) {
            s.setObject(1, tx.tenantId());
            List<Member> members = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    members.add(member(r));
                }
            }
            return members;
        } catch (SQLException e) {
            throw SqlRows.failure("could not list users", e);
        }
    }

    /** Sets role, name and status of an existing user (re-inviting a removed person). */
    public void update(Tx tx, Member m) {
        String sql = "UPDATE users SET display_name = ?, role = ?, status = ? WHERE tenant_id = ? AND user_id = ?";
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setString(1, m.name());
            s.setString(2, m.role().wire());
            s.setString(3, m.status().wire());
            s.setObject(4, tx.tenantId());
            s.setObject(5, m.userId());
            s.executeUpdate();
        } catch (SQLException e) {
            throw SqlRows.failure("could not update a user", e);
        }
    }

    private static Optional<Member> one(Tx tx, String sql, Object key) {
        try (PreparedStatement s = tx.connection().prepareStatement(sql)) {
            s.setObject(1, tx.tenantId());
            s.setObject(2, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(member(r)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not read a user", e);
        }
    }

    private static Member member(ResultSet r) throws SQLException {
        return new Member(SqlRows.uuid(r, "tenant_id"), SqlRows.uuid(r, "user_id"), r.getString("phone"),
                r.getString("display_name"), Role.fromWire(r.getString("role")).orElseThrow(),
                MemberStatus.fromWire(r.getString("status")));
    }
}
