package mx.michangarrito.pos.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and upgrades the schema with the Flyway scripts in {@code db/migration}. A database that
 * carries migrations this version does not know was written by a newer MiChangarrito: it is refused
 * untouched, because this version would misread what the newer one wrote.
 *
 * <p>A database that already has every migration of this build, and nothing else, is opened without starting
 * Flyway (decision 0025): at each start of a counter that is the common case, and Flyway's set-up, script scan
 * and validation were a good part of the start's CPU on a 2-core PC.
 */
final class Migrations {

    /** The newest script in {@code db/migration}; {@code MigrationScriptsTest} keeps it equal to the scripts. */
    static final int NEWEST = 17;

    private Migrations() {
    }

    /** Migrates the schema to this build's newest version and says what it found and did. */
    static SchemaStatus migrate(DataSource dataSource) {
        Optional<SchemaStatus> upToDate = alreadyCurrent(dataSource);
        if (upToDate.isPresent()) {
            return upToDate.get();
        }
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        var info = flyway.info();
        MigrationInfo[] future = Arrays.stream(info.all())
                .filter(Migrations::fromTheFuture)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            String versions = Arrays.stream(future).map(m -> m.getVersion().getVersion()).collect(Collectors.joining(", "));
            throw new StoreException(StoreException.Reason.TOO_NEW,
                    "the database has schema versions unknown to this build: " + versions, null, versions);
        }
        String found = info.current() == null ? "0" : info.current().getVersion().getVersion();
        String latestKnown = Arrays.stream(info.all())
                .map(MigrationInfo::getVersion)
                .filter(Objects::nonNull)
                .max(MigrationVersion::compareTo)
                .map(MigrationVersion::getVersion)
                .orElse("0");
        MigrateResult result = flyway.migrate();
        String current = result.targetSchemaVersion == null ? found : result.targetSchemaVersion;
        return new SchemaStatus(found, current, latestKnown, result.migrationsExecuted);
    }

    /**
     * The status of a database whose history holds exactly versions 1…{@link #NEWEST}, each applied once and
     * successfully (besides Flyway's marker row of the table's creation); empty when Flyway has to look: a new, older or newer database, a failed or repeated
     * migration, or a history that cannot be read.
     */
    static Optional<SchemaStatus> alreadyCurrent(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            try (Statement statement = connection.createStatement();
                    ResultSet history = statement.executeQuery(
                            "SELECT \"version\", \"success\", \"type\" FROM \"flyway_schema_history\"")) {
                Set<String> applied = new HashSet<>();
                while (history.next()) {
                    String version = history.getString(1);
                    if (!history.getBoolean(2)) {
                        return Optional.empty();
                    }
                    // Flyway's own marker of the day it made the table carries no version; anything else
                    // without one (a repeatable script) or twice is for Flyway to judge
                    boolean marker = version == null && "TABLE".equals(history.getString(3));
                    if (!marker && (version == null || !applied.add(version))) {
                        return Optional.empty();
                    }
                }
                Set<String> known = new HashSet<>();
                for (int version = 1; version <= NEWEST; version++) {
                    known.add(Integer.toString(version));
                }
                String newest = Integer.toString(NEWEST);
                return applied.equals(known) ? Optional.of(new SchemaStatus(newest, newest, newest, 0)) : Optional.empty();
            } finally {
                if (!connection.getAutoCommit()) {
                    connection.rollback(); // ends the read's transaction before the pool takes the connection back
                }
            }
        } catch (SQLException e) {
            return Optional.empty(); // no history table yet, or one Flyway should judge
        }
    }

    private static boolean fromTheFuture(MigrationInfo m) {
        return m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED;
    }
}
