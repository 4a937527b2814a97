package mx.michangarrito.cloud.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * Refuses to run when the service's database role could skip row-level security: a superuser, a role
 * with BYPASSRLS, or the owner of the tables would see every shop's rows.
 */
public final class AppRoleCheck {

    private AppRoleCheck() {
    }

    /** @throws IllegalStateException naming the problem if the connected role can bypass RLS */
    public static void requireRlsApplies(DataSource appRole) {
        String sql = """
                SELECT r.rolname, r.rolsuper, r.rolbypassrls,
                       EXISTS (SELECT 1 FROM pg_tables t WHERE t.tableowner = r.rolname) AS owns_tables
                FROM pg_roles r WHERE r.rolname = current_user""";
        try (Connection c = appRole.getConnection(); PreparedStatement s = c.prepareStatement(sql);
             ResultSet r = s.executeQuery()) {
            r.next();
            String role = r.getString(1);
            if (r.getBoolean(2) || r.getBoolean(3) || r.getBoolean(4)) {
                throw new IllegalStateException("database role " + role + " could bypass row-level security"
                        + " (superuser, BYPASSRLS or table owner); connect with a NOSUPERUSER NOBYPASSRLS app role");
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not check the app role", e);
        }
    }
}
