package mx.michangarrito.pos.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import mx.michangarrito.pos.settings.Setting;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A current database is opened without Flyway (decision 0025): {@link Migrations#NEWEST} must name the newest
 * script, and only a history with exactly this build's migrations, all successful, may skip Flyway.
 */
class MigrationScriptsTest {

    @TempDir
    Path dataDir;

    @Test
    void newestNamesTheNewestScriptAndTheScriptsRunFromOneWithoutGaps() {
        Flyway flyway = Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").load();

        List<String> scripts = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                .map(v -> v.getVersion()).toList();

        assertEquals(IntStream.rangeClosed(1, Migrations.NEWEST).mapToObj(Integer::toString).toList(), scripts,
                "a new script needs Migrations.NEWEST raised (and no version may be skipped)");
    }

    @Test
    void aCurrentDatabaseIsRecognisedWithTheStatusFlywayGives() {
        PosDatabase.open(dataDir, List.of(Setting.class)).close();
        String flywaySays = Flyway.configure().dataSource(dataSource()).locations("classpath:db/migration").load()
                .info().current().getVersion().getVersion();

        Optional<SchemaStatus> current = Migrations.alreadyCurrent(dataSource());

        assertEquals(Optional.of(new SchemaStatus(flywaySays, flywaySays, flywaySays, 0)), current);
        assertTrue(current.orElseThrow().upToDate());
    }

    @Test
    void aNewDatabaseGoesThroughFlyway() {
        assertEquals(Optional.empty(), Migrations.alreadyCurrent(dataSource()));
    }

    @Test
    void aFailedMigrationInTheHistoryGoesThroughFlyway() throws SQLException {
        PosDatabase.open(dataDir, List.of(Setting.class)).close();
        history("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '3'");

        assertEquals(Optional.empty(), Migrations.alreadyCurrent(dataSource()));
    }

    @Test
    void anOlderDatabaseGoesThroughFlyway() throws SQLException {
        PosDatabase.open(dataDir, List.of(Setting.class)).close();
        history("DELETE FROM \"flyway_schema_history\" WHERE \"version\" = '" + Migrations.NEWEST + "'");

        assertEquals(Optional.empty(), Migrations.alreadyCurrent(dataSource()));
    }

    @Test
    void aNewerDatabaseGoesThroughFlyway() throws SQLException {
        PosDatabase.open(dataDir, List.of(Setting.class)).close();
        history("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'pos', 1, TRUE)");

        assertEquals(Optional.empty(), Migrations.alreadyCurrent(dataSource()));
    }

    private void history(String sql) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private JdbcDataSource dataSource() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(PosDatabase.jdbcUrl(dataDir));
        h2.setUser("pos");
        h2.setPassword("");
        return h2;
    }
}
