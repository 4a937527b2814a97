package mx.michangarrito.pos.ui.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backups screen on a real terminal: the form's checks, a backup now, and restoring at the next start. */
class BackupViewModelTest {

    private static final ZoneId SHOP = ZoneId.of("America/Mexico_City");

    @TempDir
    Path dir;

    private static BackupViewModel model(TestTerminal t) {
        BackupViewModel model = new BackupViewModel(t.services().backups, Texts.spanish(), new InlineTaskExecutor(), SHOP);
        model.load();
        return model;
    }

    @Test
    void theFormIsCheckedThenABackupNowIsListedAndHowManyToKeepIsKept() {
        Path usb = dir.resolve("usb");
        try (TestTerminal t = new TestTerminal(dir.resolve("data"))) {
            BackupViewModel model = model(t);
            assertEquals("Todavía no se ha hecho ningún respaldo.", model.lastProperty().get());
            assertEquals("7", model.keepProperty().get());

            model.backupNow();
            assertTrue(model.errorProperty().get());
            assertEquals("Escribe o elige (F3) la carpeta donde guardar los respaldos.", model.messageProperty().get());
            model.folderProperty().set(usb.toString());
            model.keepProperty().set("cero");
            model.backupNow();
            assertEquals("Escribe cuántos respaldos conservar: un número del 1 al 365.", model.messageProperty().get());
            assertFalse(Files.exists(usb));

            model.keepProperty().set("2");
            model.backupNow();
            assertFalse(model.errorProperty().get(), model.messageProperty().get());
            assertEquals(1, model.files().size());
            String zip = model.files().getFirst();
            assertEquals("Respaldo " + zip + " guardado en " + usb.toAbsolutePath() + ".", model.messageProperty().get());
            assertEquals("Último respaldo: 23/11/2026 10:00.", model.lastProperty().get(), "shown in the shop's zone");
            assertEquals(2, t.services().backups.keep());
        }
        try (TestTerminal t = new TestTerminal(dir.resolve("data"))) {
            BackupViewModel model = model(t);
            assertEquals(usb.toAbsolutePath().toString(), model.folderProperty().get(), "kept for the next start");
            assertEquals("2", model.keepProperty().get());
            assertEquals(1, model.files().size());
        }
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndABackupIsStagedForTheNextStart() throws IOException {
        Path usb = dir.resolve("usb");
        try (TestTerminal t = new TestTerminal(dir.resolve("data"))) {
            BackupViewModel model = model(t);
            model.folderProperty().set(usb.toString());
            model.backupNow();
            Path zip = usb.toAbsolutePath().resolve(model.files().getFirst());

            Path notes = Files.writeString(dir.resolve("notas.zip"), "no soy un respaldo");
            model.restore(notes);
            assertTrue(model.errorProperty().get());
            assertTrue(model.messageProperty().get().startsWith("El archivo notas.zip no es un respaldo de MiChangarrito"),
                    model.messageProperty().get());
            assertFalse(t.services().backups.restorePending());

            model.restore(zip);
            assertFalse(model.errorProperty().get(), model.messageProperty().get());
            assertTrue(model.messageProperty().get().startsWith("El respaldo " + zip.getFileName() + " está revisado."),
                    model.messageProperty().get());
            assertEquals("Hay un respaldo listo para restaurarse. Cierra y vuelve a abrir el programa para aplicarlo.",
                    model(t).messageProperty().get(), "the screen says so when opened again");
        }
    }
}
