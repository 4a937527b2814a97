package mx.michangarrito.cloud.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * Creates the owner and app roles and the database on a server where we are superuser: the embedded
 * PostgreSQL of dev mode, or a test server. In production a DBA does this once (README shows the SQL).
 * Idempotent: existing roles get their attributes and passwords re-asserted.
 */
public final class Provisioner {

    private Provisioner() {
    }

    /**
     * @param superuser a connection source with superuser rights (to the maintenance database)
     * @param database  the database to create (owned by the owner role) if missing
     * @param roles     the roles to create or update
     */
    public static void provision(DataSource superuser, String database, DatabaseRoles roles) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain lower-case database name: " + database);
        }
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            upsertRole(c, s, roles.owner(), roles.ownerPassword());
            upsertRole(c, s, roles.app(), roles.appPassword());
            if (!exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", database)) {
                s.execute("CREATE DATABASE " + database + " OWNER " + roles.owner());
            }
            s.execute("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC");
            s.execute("GRANT CONNECT ON DATABASE " + database + " TO " + roles.app());
        } catch (SQLException e) {
            throw SqlRows.failure("could not create the database roles", e);
        }
    }

    private static void upsertRole(Connection c, Statement s, String role, String password) throws SQLException {
        String verb = exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", role) ? "ALTER" : "CREATE";
        s.execute(verb + " ROLE " + role + " LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE NOINHERIT"
                + " PASSWORD " + literal(c, password));
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, name);
            try (ResultSet r = p.executeQuery()) {
                return r.next();
            }
        }
    }

    /** A quoted string literal computed by the server (ALTER ROLE takes no bind parameters). */
    private static String literal(Connection c, String value) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("SELECT quote_literal(?)")) {
            p.setString(1, value);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }
}
