package mx.michangarrito.cloud.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import mx.michangarrito.cloud.support.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Row-level security checked with raw SQL as the app role the service uses: the catalog says every
 * tenant table is protected, and the rows say tenant A never reads or writes tenant B's.
 */
class RowLevelSecurityTest {

    /** Tables the migrations create with a tenant_id column. */
    private static final Set<String> TENANT_TABLES = Set.of("tenants", "users", "refresh_tokens", "pairing_codes",
            "terminals", "integration_credentials", "sync_events", "sync_terminal_progress", "stock_movements",
            "stock_levels", "fiado_entries", "fiado_balances", "sync_change_counter", "sync_state");

    private static final TestDatabase DB = TestDatabase.get();
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID USER_A = UUID.randomUUID();
    private static final UUID USER_B = UUID.randomUUID();

    @BeforeAll
    static void twoShops() {
        for (UUID[] t : new UUID[][] {{A, USER_A}, {B, USER_B}}) {
            DB.database().inTenant(t[0], tx -> {
                try (Statement s = tx.connection().createStatement()) {
                    s.execute("INSERT INTO tenants VALUES ('" + t[0] + "', 'Tienda " + t[0] + "', now())");
                    s.execute("INSERT INTO users (tenant_id, user_id, phone, display_name, role, status, created_at)"
                            + " VALUES ('" + t[0] + "', '" + t[1] + "', '+52" + t[1].toString().substring(0, 8)
                            .replaceAll("[^0-9]", "1") + "', 'x', 'owner', 'active', now())");
                    s.execute("INSERT INTO terminals VALUES ('" + t[0] + "', gen_random_uuid(), 'caja', '\\x00', now(), null)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return null;
            });
        }
    }

    @Test
    void everyTableWithATenantIdHasRowLevelSecurityEnabledAndForced() throws SQLException {
        String sql = """
                SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity
                FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped
                WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')""";
        Set<String> tables = new TreeSet<>();
        try (Connection c = DB.asAppRole().getConnection(); ResultSet r = c.createStatement().executeQuery(sql)) {
            while (r.next()) {
                tables.add(r.getString(1));
                assertTrue(r.getBoolean(2), r.getString(1) + " has RLS disabled");
                assertTrue(r.getBoolean(3), r.getString(1) + " does not FORCE RLS (its owner would bypass it)");
            }
        }
        assertTrue(tables.containsAll(TENANT_TABLES), "missing tenant tables: " + tables);
    }

    @Test
    void everyTenantTableHasAPolicyOnAppTenantIdForReadsAndWrites() throws SQLException {
        String sql = """
                SELECT tablename, qual, with_check FROM pg_policies
                WHERE schemaname = 'public' AND policyname = 'tenant_isolation' AND roles = '{public}'
                  AND cmd = 'ALL'""";
        Set<String> covered = new TreeSet<>();
        try (Connection c = DB.asAppRole().getConnection(); ResultSet r = c.createStatement().executeQuery(sql)) {
            while (r.next()) {
                assertTrue(r.getString(2).contains("current_setting('app.tenant_id'"), r.getString(2));
                assertTrue(r.getString(3).contains("current_setting('app.tenant_id'"), r.getString(3));
                covered.add(r.getString(1));
            }
        }
        assertEquals(new TreeSet<>(TENANT_TABLES), covered);
    }

    @Test
    void theAppRoleCannotBypassRowLevelSecurity() throws SQLException {
        try (Connection c = DB.asAppRole().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user")) {
                assertTrue(r.next());
                assertFalse(r.getBoolean(1), "app role is superuser");
                assertFalse(r.getBoolean(2), "app role has BYPASSRLS");
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM pg_tables WHERE tableowner = current_user")) {
                r.next();
                assertEquals(0, r.getInt(1), "the app role owns tables, so FORCE would be its only guard");
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM pg_auth_members m JOIN pg_roles r"
                    + " ON r.oid = m.member WHERE r.rolname = current_user")) {
                r.next();
                assertEquals(0, r.getInt(1), "the app role is a member of another role");
            }
            assertThrows(SQLException.class, () -> s.execute("SET ROLE " + DB.roles().owner()));
            assertThrows(SQLException.class, () -> s.execute("ALTER TABLE users DISABLE ROW LEVEL SECURITY"));
            assertThrows(SQLException.class, () -> s.execute("SET row_security = off; SELECT * FROM users"));
        }
    }

    @Test
    void everyIndexOfATenantTableStartsWithTenantId() throws SQLException {
        String sql = """
                SELECT i.indexrelid::regclass::text, a.attname
                FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
                JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = i.indkey[0]
                WHERE c.relname = ANY (?)""";
        List<String> wrong = new ArrayList<>();
        int indexes = 0;
        try (Connection c = DB.asAppRole().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setArray(1, c.createArrayOf("text", TENANT_TABLES.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    indexes++;
                    if (!r.getString(2).equals("tenant_id")) {
                        wrong.add(r.getString(1) + " starts with " + r.getString(2));
                    }
                }
            }
        }
        assertTrue(indexes >= TENANT_TABLES.size(), "found only " + indexes + " indexes");
        assertEquals(List.of(), wrong);
    }

    @Test
    void withoutATenantEveryTenantTableShowsZeroRows() throws SQLException {
        try (Connection c = DB.asAppRole().getConnection(); Statement s = c.createStatement()) {
            for (String table : TENANT_TABLES) {
                assertEquals(0, count(s, table), table + " shows rows without a tenant");
            }
            // After a transaction-local setting ends the value is '' rather than unset: still zero rows.
            c.setAutoCommit(false);
            s.execute("SELECT set_config('app.tenant_id', '" + A + "', true)");
            assertEquals(1, count(s, "tenants"));
            c.commit();
            c.setAutoCommit(true);
            for (String table : TENANT_TABLES) {
                assertEquals(0, count(s, table), table + " shows rows after the tenant's transaction ended");
            }
        }
    }

    @Test
    void tenantASeesOnlyItsOwnRows() {
        DB.database().inTenant(A, tx -> {
            try (Statement s = tx.connection().createStatement()) {
                assertEquals(Set.of(A), tenantIds(s, "tenants"));
                assertEquals(Set.of(A), tenantIds(s, "users"));
                assertEquals(Set.of(A), tenantIds(s, "terminals"));
                assertEquals(0, count(s, "users WHERE tenant_id = '" + B + "'"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    @Test
    void tenantACannotInsertUpdateOrDeleteTenantBsRows() throws SQLException {
        try (Connection c = DB.asAppRole().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SELECT set_config('app.tenant_id', '" + A + "', true)");
            assertEquals(0, s.executeUpdate("UPDATE users SET display_name = 'hacked' WHERE tenant_id = '" + B + "'"));
            assertEquals(0, s.executeUpdate("DELETE FROM terminals WHERE tenant_id = '" + B + "'"));
            SQLException refused = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO terminals VALUES ('" + B + "', gen_random_uuid(), 'intrusa', '\\x00', now(), null)"));
            assertEquals("42501", refused.getSQLState(), refused.getMessage());
            c.rollback();
            s.execute("SELECT set_config('app.tenant_id', '" + A + "', true)");
            SQLException moved = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE users SET tenant_id = '" + B + "' WHERE tenant_id = '" + A + "'"));
            assertEquals("42501", moved.getSQLState(), moved.getMessage());
            c.rollback();
        }
        DB.database().inTenant(B, tx -> {
            try (Statement s = tx.connection().createStatement()) {
                assertEquals(1, count(s, "users WHERE display_name = 'x'"));
                assertEquals(1, count(s, "terminals"));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
    }

    @Test
    void theLoginLookupAnswersOnlyForTheGivenPhone() throws SQLException {
        try (Connection c = DB.asAppRole().getConnection(); Statement s = c.createStatement()) {
            assertEquals(0, count(s, "login_memberships('+520000000000')"));
            assertEquals(0, count(s, "login_memberships(NULL)"));
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM users u, login_memberships(u.phone) m")) {
                r.next();
                assertEquals(0, r.getInt(1), "the app role enumerated phones without a tenant");
            }
        }
    }

    @Test
    void claimingAPairingCodeNeedsTheCodeAndWorksOnce() throws SQLException {
        byte[] hash = new byte[] {1, 2, 3};
        Instant now = Instant.now();
        DB.database().inTenant(B, tx -> {
            try (PreparedStatement s = tx.connection().prepareStatement("INSERT INTO pairing_codes VALUES (?, ?, ?, ?, ?, ?, null)")) {
                s.setObject(1, B);
                s.setObject(2, UUID.randomUUID());
                s.setBytes(3, hash);
                s.setObject(4, USER_B);
                s.setObject(5, now.atOffset(ZoneOffset.UTC));
                s.setObject(6, now.plusSeconds(600).atOffset(ZoneOffset.UTC));
                s.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return null;
        });
        try (Connection c = DB.asAppRole().getConnection();
             PreparedStatement claim = c.prepareStatement("SELECT tenant_id FROM claim_pairing_code(?, ?)")) {
            claim.setBytes(1, new byte[] {9, 9});
            claim.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            try (ResultSet r = claim.executeQuery()) {
                assertFalse(r.next(), "a wrong code claimed something");
            }
            claim.setBytes(1, hash);
            try (ResultSet r = claim.executeQuery()) {
                assertTrue(r.next());
                assertEquals(B, r.getObject(1, UUID.class));
            }
            try (ResultSet r = claim.executeQuery()) {
                assertFalse(r.next(), "a code was claimed twice");
            }
        }
    }

    private static int count(Statement s, String from) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT count(*) FROM " + from)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static Set<UUID> tenantIds(Statement s, String table) throws SQLException {
        Set<UUID> ids = new java.util.HashSet<>();
        try (ResultSet r = s.executeQuery("SELECT DISTINCT tenant_id FROM " + table)) {
            while (r.next()) {
                ids.add(r.getObject(1, UUID.class));
            }
        }
        return ids;
    }
}
