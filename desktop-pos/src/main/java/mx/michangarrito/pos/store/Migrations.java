package mx.michangarrito.pos.store;

import java.util.Arrays;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * Creates and upgrades the schema with the Flyway scripts in {@code db/migration}. A database that
 * carries migrations this version does not know was written by a newer MiChangarrito: it is refused
 * untouched, because this version would misread what the newer one wrote.
 */
final class Migrations {

    private Migrations() {
    }

    static void migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
        MigrationInfo[] future = Arrays.stream(flyway.info().all())
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)
                .toArray(MigrationInfo[]::new);
        if (future.length > 0) {
            String versions = Arrays.stream(future).map(m -> m.getVersion().getVersion()).collect(Collectors.joining(", "));
            throw new StoreException(StoreException.Reason.TOO_NEW,
                    "the database has schema versions unknown to this build: " + versions, null, versions);
        }
        flyway.migrate();
    }

    /** The newest schema version this build knows (for {@code --self-test} and logs). */
    static String latestKnownVersion(DataSource dataSource) {
        MigrationInfo[] all = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load()
                .info().all();
        return all.length == 0 ? "0" : all[all.length - 1].getVersion().getVersion();
    }
}
