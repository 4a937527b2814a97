package mx.michangarrito.pos.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups of a real terminal's H2 file, and restoring one at the next start. */
class BackupRestoreTest {

    @TempDir
    Path dir;

    private static long products(TestTerminal t) {
        return t.count("Product");
    }

    @Test
    void backupThenRestoreBringsTheDataBackAndKeepsTheReplacedFiles() throws IOException {
        Path data = dir.resolve("data");
        Path folder = dir.resolve("usb");
        Path zip;
        try (TestTerminal t = new TestTerminal(data)) {
            t.product("Coca-Cola 600 ml", "7501055300846", 2_000, TaxRates.IVA_16);
            t.services().backups.configure(folder, 7);
            zip = t.services().backups.backupNow();
            assertTrue(Files.exists(zip));
            assertTrue(zip.getFileName().toString().startsWith("michangarrito-respaldo-2026"));
            t.product("Pan dulce", "1234567", 1_050, TaxRates.IVA_0); // after the backup: lost by the restore
            assertEquals(2, products(t));
            assertEquals(1, t.services().backups.stageRestore(zip) > 0 ? 1 : 0);
            assertTrue(t.services().backups.restorePending());
            assertEquals(2, products(t), "the running store is not swapped underneath");
        }
        try (TestTerminal t = new TestTerminal(data)) {
            assertEquals(1, products(t), "the backup's data is back");
            assertFalse(t.services().backups.restorePending());
            assertEquals(folder.toAbsolutePath().toString(), t.services().backups.folder().orElseThrow().toString());
        }
        try (Stream<Path> replaced = Files.walk(data.resolve("replaced"))) {
            assertEquals(1, replaced.filter(p -> p.getFileName().toString().equals("pos.mv.db")).count(),
                    "the replaced database is kept, not deleted");
        }
    }

    @Test
    void aCorruptZipOrAnotherFileIsRefusedAndNothingIsStaged() throws IOException {
        try (TestTerminal t = new TestTerminal(dir.resolve("data"))) {
            BackupService backups = t.services().backups;
            Path garbage = Files.write(dir.resolve("respaldo.zip"), new byte[] {'P', 'K', 3, 4, 1, 2, 3});
            assertEquals(BackupException.Reason.NOT_A_BACKUP,
                    assertThrows(BackupException.class, () -> backups.stageRestore(garbage)).reason());
            Path fake = zipWith(dir.resolve("fake.zip"), "pos.mv.db", "not an H2 file".getBytes());
            BackupException e = assertThrows(BackupException.class, () -> backups.stageRestore(fake));
            assertEquals(BackupException.Reason.NOT_A_BACKUP, e.reason());
            assertTrue(e.userMessage().spanish().contains("tus datos actuales no cambiaron"));
            Path other = zipWith(dir.resolve("fotos.zip"), "foto.jpg", new byte[] {1, 2, 3});
            assertEquals(BackupException.Reason.NOT_A_BACKUP,
                    assertThrows(BackupException.class, () -> backups.stageRestore(other)).reason());
            assertFalse(backups.restorePending());
            assertEquals(1, t.count("PosUser") > 0 ? 1 : 0);
        }
    }

    @Test
    void aBackupFromANewerSchemaIsRefused() throws IOException {
        Path folder = dir.resolve("usb");
        Path zip;
        try (TestTerminal t = new TestTerminal(dir.resolve("newer"))) {
            t.db.writeVoid(s -> s.doWork(c -> {
                try (var st = c.createStatement()) {
                    st.execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                            + " \"type\", \"script\", \"installed_by\", \"execution_time\", \"success\") values"
                            + " (999, '999', 'future', 'SQL', 'V999__future.sql', 'pos', 1, true)");
                }
            }));
            t.services().backups.configure(folder, 7);
            zip = t.services().backups.backupNow();
        }
        try (TestTerminal t = new TestTerminal(dir.resolve("data"))) {
            BackupException e = assertThrows(BackupException.class, () -> t.services().backups.stageRestore(zip));
            assertEquals(BackupException.Reason.TOO_NEW, e.reason());
            assertFalse(t.services().backups.restorePending());
        }
    }

    @Test
    void theDailyBackupKeepsTheNewestAndWaitsADay() {
        try (TestTerminal t = new TestTerminal(dir.resolve("data"))) {
            BackupService backups = t.services().backups;
            assertTrue(backups.backupIfDue().isEmpty(), "no folder yet: nothing to do");
            assertEquals(BackupException.Reason.NO_FOLDER,
                    assertThrows(BackupException.class, backups::backupNow).reason());
            backups.configure(dir.resolve("usb"), 2);
            assertTrue(backups.backupIfDue().isPresent());
            t.clock.advance(Duration.ofHours(23));
            assertTrue(backups.backupIfDue().isEmpty(), "less than a day since the last one");
            for (int day = 0; day < 3; day++) {
                t.clock.advance(Duration.ofHours(24));
                assertTrue(backups.backupIfDue().isPresent());
            }
            List<Path> kept = backups.backups(dir.resolve("usb"));
            assertEquals(2, kept.size());
            assertTrue(kept.getFirst().getFileName().toString().compareTo(kept.get(1).getFileName().toString()) > 0);
        }
    }

    private static Path zipWith(Path zip, String entry, byte[] content) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content);
            z.closeEntry();
        }
        return zip;
    }
}
