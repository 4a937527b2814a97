package mx.michangarrito.cloud.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import javax.sql.DataSource;

import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.db.DatabaseRoles;
import mx.michangarrito.cloud.db.EmbeddedPostgresServer;
import mx.michangarrito.cloud.db.Provisioner;
import mx.michangarrito.cloud.db.RunningDatabase;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One real PostgreSQL for the test JVM: an embedded server (throw-away, fsync off) or, when
 * {@code POS_TEST_PG_URL} is set (a superuser JDBC URL), a fresh database and fresh roles on that server,
 * dropped at exit. Migrated like production; the service connects as the NOSUPERUSER NOBYPASSRLS app role.
 */
public final class TestDatabase {

    public static final String EXTERNAL_URL_ENV = "POS_TEST_PG_URL";

    private static TestDatabase instance;

    private final String url;
    private final DatabaseRoles roles;
    private final DataSource superuser;
    private final RunningDatabase running;

    private TestDatabase(String url, DatabaseRoles roles, DataSource superuser, RunningDatabase running) {
        this.url = url;
        this.roles = roles;
        this.superuser = superuser;
        this.running = running;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            String external = System.getenv(EXTERNAL_URL_ENV);
            instance = external == null || external.isBlank() ? embedded() : external(external.strip());
        }
        return instance;
    }

    private static TestDatabase embedded() {
        try {
            Path dir = Files.createTempDirectory("cloud-test-pg");
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, false, true);
            var roles = new DatabaseRoles("test_owner", "owner-pw", "test_app", "app-pw");
            Provisioner.provision(server.superuser(), "cloud_test", roles);
            String url = server.jdbcUrl("cloud_test");
            var running = RunningDatabase.open(url, roles, 8, server);
            Runtime.getRuntime().addShutdownHook(new Thread(running::close));
            return new TestDatabase(url, roles, server.superuser(), running);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static TestDatabase external(String superuserUrl) {
        String suffix = HexFormat.of().formatHex(java.security.SecureRandom.getSeed(4));
        var roles = new DatabaseRoles("test_owner_" + suffix, "o-" + suffix, "test_app_" + suffix, "a-" + suffix);
        String database = "cloud_test_" + suffix;
        PGSimpleDataSource superuser = new PGSimpleDataSource();
        superuser.setUrl(superuserUrl);
        Provisioner.provision(superuser, database, roles);
        String url = superuserUrl.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + database)
                .replaceAll("([?&])(user|password)=[^&]*&?", "$1");
        var running = RunningDatabase.open(url, roles, 8, null);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                s.execute("DROP ROLE IF EXISTS " + roles.app());
                s.execute("DROP ROLE IF EXISTS " + roles.owner());
            } catch (SQLException e) {
                System.err.println("could not drop the test database " + database + ": " + e.getMessage());
            }
        }));
        return new TestDatabase(url, roles, superuser, running);
    }

    public Database database() {
        return running.database();
    }

    public DatabaseRoles roles() {
        return roles;
    }

    /** A plain (unpooled) connection source as the app role, for raw SQL checks. */
    public DataSource asAppRole() {
        return dataSource(roles.app(), roles.appPassword());
    }

    /** A plain connection source as the owner (migration) role. */
    public DataSource asOwnerRole() {
        return dataSource(roles.owner(), roles.ownerPassword());
    }

    public DataSource superuser() {
        return superuser;
    }

    private DataSource dataSource(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }
}
