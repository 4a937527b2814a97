package mx.michangarrito.pos.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import mx.michangarrito.pos.settings.Setting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaVersionTest {

    @TempDir
    Path dataDir;

    @Test
    void aDatabaseFromANewerVersionIsRefusedAndLeftUntouched() throws SQLException {
        PosDatabase.open(dataDir, List.of(Setting.class)).close();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'pos', 1, TRUE)");
            s.execute("CREATE TABLE future_thing (id INT)");
            c.commit();
        }
        int historyBefore = historyRows();

        StoreException e = assertThrows(StoreException.class, () -> PosDatabase.open(dataDir, List.of(Setting.class)));

        assertEquals(StoreException.Reason.TOO_NEW, e.reason());
        assertTrue(e.userMessage().spanish().contains("versión más nueva") && e.userMessage().spanish().contains("999"),
                e.userMessage().spanish());
        assertEquals(historyBefore, historyRows());
    }

    @Test
    void theLockIsReleasedAfterARefusalSoANewerBuildCouldOpenIt() {
        PosDatabase.open(dataDir, List.of(Setting.class)).close();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'pos', 1, TRUE)");
            c.commit();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        assertThrows(StoreException.class, () -> PosDatabase.open(dataDir, List.of(Setting.class)));
        // Not IN_USE: the refused attempt released its process lock.
        StoreException again = assertThrows(StoreException.class, () -> PosDatabase.open(dataDir, List.of(Setting.class)));
        assertEquals(StoreException.Reason.TOO_NEW, again.reason());
    }

    private int historyRows() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"flyway_schema_history\"")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve(PosDatabase.FILE_NAME), "pos", "");
        c.setAutoCommit(false);
        return c;
    }
}
