package mx.michangarrito.pos.ui.settings;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.backup.BackupService;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;

/**
 * Backups: the folder and how many to keep, a backup now, the backups in the folder, and restoring one
 * (checked now, applied when the program is opened again).
 */
public final class BackupViewModel {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm");

    private final BackupService backups;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final StringProperty folder = new SimpleStringProperty("");
    private final StringProperty keep = new SimpleStringProperty(String.valueOf(BackupService.DEFAULT_KEEP));
    private final ReadOnlyStringWrapper last = new ReadOnlyStringWrapper("");
    private final ObservableList<String> files = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);

    public BackupViewModel(BackupService backups, Texts texts, TaskExecutor tasks, ZoneId shopZone) {
        this.backups = Objects.requireNonNull(backups, "backups");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.zone = Objects.requireNonNull(shopZone, "shopZone");
    }

    public void load() {
        folder.set(backups.folder().map(Path::toString).orElse(""));
        keep.set(String.valueOf(backups.keep()));
        refresh();
        if (backups.restorePending()) {
            ok(texts.get("backup.restore.pending"));
        }
    }

    private void refresh() {
        last.set(backups.last().map(at -> texts.get("backup.last", SHOWN.format(at.atZone(zone))))
                .orElse(texts.get("backup.never")));
        files.setAll(backups.folder().map(backups::backups).orElse(java.util.List.of()).stream()
                .map(p -> p.getFileName().toString()).toList());
    }

    public StringProperty folderProperty() {
        return folder;
    }

    public StringProperty keepProperty() {
        return keep;
    }

    public ReadOnlyStringProperty lastProperty() {
        return last.getReadOnlyProperty();
    }

    public ObservableList<String> files() {
        return files;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Saves the folder and how many to keep; false (with a message) when they are not right. */
    public boolean save() {
        int count;
        try {
            count = Integer.parseInt(keep.get().strip());
        } catch (NumberFormatException e) {
            count = 0;
        }
        if (count < 1 || count > 365) {
            fail(texts.get("backup.error.keep"));
            return false;
        }
        Path path;
        try {
            path = folder.get().isBlank() ? null : Path.of(folder.get().strip());
        } catch (InvalidPathException e) {
            path = null;
        }
        if (path == null) {
            fail(texts.get("backup.error.folder"));
            return false;
        }
        try {
            backups.configure(path, count);
        } catch (RuntimeException e) {
            fail(texts.error(e));
            return false;
        }
        refresh();
        ok(texts.get("backup.saved"));
        return true;
    }

    /** Saves the form, then backs up now. */
    public void backupNow() {
        if (!save()) {
            return;
        }
        ok(texts.get("backup.working"));
        tasks.execute(backups::backupNow, zip -> {
            refresh();
            ok(texts.get("backup.done", zip.getFileName(), zip.getParent()));
        }, failure -> fail(texts.error(failure)));
    }

    /** Checks {@code zip} and stages it for the next start; the current data stays until then. */
    public void restore(Path zip) {
        ok(texts.get("backup.checking"));
        tasks.execute(() -> backups.stageRestore(zip),
                schema -> ok(texts.get("backup.restore.staged", zip.getFileName())),
                failure -> fail(texts.error(failure)));
    }

    private void ok(String text) {
        message.set(text);
        error.set(false);
    }

    private void fail(String text) {
        message.set(text);
        error.set(true);
    }
}
