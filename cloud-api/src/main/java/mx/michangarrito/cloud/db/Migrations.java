package mx.michangarrito.cloud.db;

import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/** Flyway migrations of {@code db/cloud}, run as the owner role; the app role gets its grants from them. */
public final class Migrations {

    private Migrations() {
    }

    /** Migrates the schema to the newest version; returns how many migrations ran. */
    public static int migrate(DataSource ownerRole, String appRole) {
        return Flyway.configure()
                .dataSource(ownerRole)
                .locations("classpath:db/cloud")
                .placeholders(Map.of("app_role", appRole))
                .validateMigrationNaming(true)
                .load()
                .migrate()
                .migrationsExecuted;
    }
}
