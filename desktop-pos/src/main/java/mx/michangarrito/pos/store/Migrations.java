package mx.michangarrito.pos.store;

import java.util.Arrays;
import java.util.Objects;
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
 */
final class Migrations {

    private Migrations() {
    }

    /** Migrates the schema to this build's newest version and says what it found and did. */
    static SchemaStatus migrate(DataSource dataSource) {
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

    private static boolean fromTheFuture(MigrationInfo m) {
        return m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED;
    }
}
