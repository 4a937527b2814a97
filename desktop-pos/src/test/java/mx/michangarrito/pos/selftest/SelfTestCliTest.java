package mx.michangarrito.pos.selftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import mx.michangarrito.pos.PosEntities;
import mx.michangarrito.pos.settings.Settings;
import mx.michangarrito.pos.store.PosDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --self-test} on real H2 files: what an installer sees on a ready counter and on a broken one. */
class SelfTestCliTest {

    @TempDir
    Path temp;

    private record Run(int exitCode, String report) {
    }

    private Run selfTest(Path dataDir) {
        var bytes = new ByteArrayOutputStream();
        int exit = SelfTestCli.run("MiChangarrito POS test", dataDir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        return new Run(exit, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aNewCounterPassesAndSaysNoDeviceIsConfigured() {
        Path dataDir = temp.resolve("datos");

        Run run = selfTest(dataDir);

        assertEquals(0, run.exitCode(), run.report());
        assertTrue(run.report().startsWith("MiChangarrito POS test — autoprueba"), run.report());
        assertTrue(run.report().contains("[OK]    Carpeta de datos: " + dataDir), run.report());
        assertTrue(run.report().contains("[OK]    Base de datos"), run.report());
        assertTrue(run.report().matches("(?s).*\\[OK] {4}Esquema: versión (\\d+) de \\1 \\(base de datos nueva\\)\\R.*"),
                run.report());
        assertTrue(run.report().contains("[OK]    Dispositivos: ninguno configurado"), run.report());
        assertTrue(run.report().strip().endsWith("RESULTADO: OK"), run.report());
        assertTrue(Files.exists(dataDir.resolve("pos.mv.db")), "the database is created where the app keeps it");
    }

    @Test
    void configuredDevicesAreListedWithTheirAddress() {
        Path dataDir = temp.resolve("datos");
        withSettings(dataDir, settings -> {
            settings.put("device.receipt-printer", "tcp://192.168.1.50");
            settings.put("device.drawer", "spooler:EPSON TM-T20III");
            settings.put("shop.name", "Abarrotes Lupita");
        });

        Run run = selfTest(dataDir);

        assertEquals(0, run.exitCode(), run.report());
        assertTrue(run.report().contains("[OK]    Dispositivo receipt-printer: tcp://192.168.1.50:9100 (ida y vuelta)"),
                run.report());
        assertTrue(run.report().contains("[OK]    Dispositivo drawer: spooler:"), run.report());
        assertTrue(run.report().contains("(solo envío)"), run.report());
        assertTrue(!run.report().contains("shop.name") && !run.report().contains("ninguno configurado"), run.report());
    }

    @Test
    void anUnusableDeviceAddressFailsTheTest() {
        Path dataDir = temp.resolve("datos");
        withSettings(dataDir, settings -> settings.put("device.scale", "serial:"));

        Run run = selfTest(dataDir);

        assertEquals(1, run.exitCode(), run.report());
        assertTrue(run.report().contains("[FALLA] Dispositivo scale: "), run.report());
        assertTrue(run.report().contains("RESULTADO: FALLA (1 de "), run.report());
    }

    @Test
    void aDataFolderThatCannotBeCreatedFailsTheTest() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("datos"), "a file where the folder should be");

        Run run = selfTest(notAFolder);

        assertEquals(1, run.exitCode(), run.report());
        assertTrue(run.report().contains("[FALLA] Carpeta de datos: DATA_DIR_UNUSABLE: No se puede escribir"), run.report());
        assertTrue(!run.report().contains("[OK]    Carpeta de datos"), run.report());
    }

    @Test
    void aDatabaseOpenInTheCounterAppFailsTheTestAndStaysUsable() {
        Path dataDir = temp.resolve("datos");
        try (PosDatabase counterApp = PosDatabase.open(dataDir, PosEntities.all())) {
            Run run = selfTest(dataDir);

            assertEquals(1, run.exitCode(), run.report());
            assertTrue(run.report().contains("[FALLA] Base de datos: IN_USE: MiChangarrito ya está abierto"), run.report());
            new Settings(counterApp, Clock.systemUTC()).put("still.writable", "yes");
        }
    }

    @Test
    void aDatabaseFromANewerVersionFailsTheTestUntouched() throws SQLException {
        Path dataDir = temp.resolve("datos");
        PosDatabase.open(dataDir, PosEntities.all()).close();
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("pos"), "pos", "");
                Statement s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\","
                    + " \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                    + " VALUES (999, '999', 'from the future', 'SQL', 'V999__future.sql', 0, 'pos', 1, TRUE)");
        }

        Run run = selfTest(dataDir);

        assertEquals(1, run.exitCode(), run.report());
        assertTrue(run.report().contains("[FALLA] Base de datos: TOO_NEW: "), run.report());
        assertTrue(run.report().contains("999"), run.report());
    }

    @Test
    void aDatabaseFromAnOlderVersionIsBroughtUpToDateAndSaysSo() {
        Path dataDir = temp.resolve("datos");
        try (HikariDataSource older = new HikariDataSource()) {
            older.setJdbcUrl("jdbc:h2:file:" + dataDir.resolve("pos") + ";WRITE_DELAY=0");
            older.setUsername("pos");
            Flyway.configure().dataSource(older).locations("classpath:db/migration").target("3").load().migrate();
        }

        Run run = selfTest(dataDir);

        assertEquals(0, run.exitCode(), run.report());
        assertTrue(run.report().matches("(?s).*\\[OK] {4}Esquema: versión (\\d+) de \\1 \\(actualizada desde la versión 3\\).*"),
                run.report());
    }

    private static void withSettings(Path dataDir, java.util.function.Consumer<Settings> change) {
        try (PosDatabase db = PosDatabase.open(dataDir, PosEntities.all())) {
            change.accept(new Settings(db, Clock.systemUTC()));
        }
    }
}
