package mx.michangarrito.cloud.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import mx.michangarrito.cloud.auth.Role;
import mx.michangarrito.cloud.db.SqlRows;
import mx.michangarrito.cloud.db.Tx;

/**
 * The shops of a phone, through the SECURITY DEFINER function {@code login_memberships}: the one read
 * across tenants the app role may make, and only by phone.
 */
public final class MembershipRepository {

    public List<Membership> forPhone(Tx tx, String phone) {
        try (PreparedStatement s = tx.connection().prepareStatement(
                "SELECT tenant_id, user_id, role, shop_name FROM login_memberships(?)")) {
            s.setString(1, phone);
            List<Membership> found = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    found.add(new Membership(SqlRows.uuid(r, "tenant_id"), SqlRows.uuid(r, "user_id"),
                            Role.fromWire(r.getString("role")).orElseThrow(), r.getString("shop_name")));
                }
            }
            return found;
        } catch (SQLException e) {
            throw SqlRows.failure("could not look up the shops of a phone", e);
        }
    }
}
