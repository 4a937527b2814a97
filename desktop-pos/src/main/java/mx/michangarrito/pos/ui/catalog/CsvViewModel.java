package mx.michangarrito.pos.ui.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.CsvRowError;
import mx.michangarrito.pos.catalog.ImportOutcome;
import mx.michangarrito.pos.catalog.ImportProgress;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.user.Operator;

/**
 * Catalog CSV export and import. The import runs as a background task: the progress bar follows the
 * checking and then the saving, and the outcome is either "N products imported" or the list of every
 * problem (row, column, reason), with nothing imported.
 */
public final class CsvViewModel {

    /** Files larger than this are refused before reading (a catalog of 100,000 products is ~15 MB). */
    static final long MAX_BYTES = 64L * 1024 * 1024;

    private final CatalogService catalog;
    private final Operator operator;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final Executor screen;
    private final Runnable onImported;
    private final StringProperty path = new SimpleStringProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<ErrorRow> errors = FXCollections.observableArrayList();

    /**
     * @param screen runs progress updates on the screen's thread ({@code Platform::runLater} in the app)
     */
    CsvViewModel(CatalogService catalog, Operator operator, Texts texts, TaskExecutor tasks, Executor screen,
            Runnable onImported) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.screen = Objects.requireNonNull(screen, "screen");
        this.onImported = Objects.requireNonNull(onImported, "onImported");
        path.set(Path.of(System.getProperty("user.home"), "catalogo.csv").toString());
    }

    /** Writes the whole catalog to the file in {@link #pathProperty()}; false (with the reason) if it cannot. */
    public void export() {
        Optional<Path> file = file();
        if (file.isEmpty() || running.get()) {
            return;
        }
        running.set(true);
        say(texts.get("csv.exporting"), false);
        tasks.execute(() -> {
            byte[] csv = catalog.exportCsv();
            Files.write(file.get(), csv);
            return file.get();
        }, done -> {
            running.set(false);
            say(texts.get("csv.exported", done.toString()), false);
        }, failure -> {
            running.set(false);
            say(failure instanceof IOException ? texts.get("csv.error.write", file.get().toString())
                    : texts.error(failure), true);
        });
    }

    /** Imports the file in {@link #pathProperty()} in the background. */
    public void importFile() {
        Optional<Path> file = file();
        if (file.isEmpty() || running.get()) {
            return;
        }
        if (!Files.isRegularFile(file.get())) {
            say(texts.get("csv.error.missing", file.get().toString()), true);
            return;
        }
        errors.clear();
        running.set(true);
        progress.set(0);
        progressText.set(texts.get("csv.reading"));
        say("", false);
        AtomicInteger shown = new AtomicInteger(-1);
        ImportProgress onProgress = (phase, done, total) -> {
            int percent = total == 0 ? 100 : (int) (100L * done / total);
            int key = phase.ordinal() * 1000 + percent;
            if (shown.getAndSet(key) != key) {
                screen.execute(() -> {
                    progress.set((phase == ImportProgress.Phase.CHECKING ? 0 : 0.5) + percent / 200.0);
                    progressText.set(texts.get("csv.phase." + phase.name().toLowerCase(java.util.Locale.ROOT), done, total));
                });
            }
        };
        tasks.execute(() -> {
            if (Files.size(file.get()) > MAX_BYTES) {
                return null;
            }
            return catalog.importCsv(Files.readAllBytes(file.get()), onProgress, Optional.of(operator.userId()));
        }, this::imported, failure -> {
            running.set(false);
            progress.set(0);
            progressText.set("");
            say(failure instanceof IOException ? texts.get("csv.error.read", file.get().toString())
                    : texts.get("csv.error.failed", texts.error(failure)), true);
        });
    }

    private void imported(ImportOutcome outcome) {
        running.set(false);
        if (outcome == null) {
            progress.set(0);
            progressText.set("");
            say(texts.get("csv.error.too-big", MAX_BYTES / (1024 * 1024)), true);
            return;
        }
        if (outcome.succeeded()) {
            progress.set(1);
            say(texts.get("csv.imported", outcome.imported()), false);
            onImported.run();
            return;
        }
        progress.set(0);
        progressText.set("");
        errors.setAll(outcome.errors().stream().map(this::row).toList());
        say(texts.get("csv.rejected", outcome.errors().size()), true);
    }

    private ErrorRow row(CsvRowError e) {
        return new ErrorRow(e.row(), e.column(), e.reason().format(texts.locale()));
    }

    private Optional<Path> file() {
        String typed = path.get() == null ? "" : path.get().strip();
        if (typed.isEmpty()) {
            say(texts.get("csv.error.no-path"), true);
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(typed));
        } catch (RuntimeException e) {
            say(texts.get("csv.error.bad-path", typed), true);
            return Optional.empty();
        }
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    public StringProperty pathProperty() {
        return path;
    }

    /** 0 to 1: the first half is checking, the second saving. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress;
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** The import's problems, one per row and column, in file order. */
    public ObservableList<ErrorRow> errors() {
        return FXCollections.unmodifiableObservableList(errors);
    }

    /** A line of the error report. */
    public record ErrorRow(int row, String column, String reason) {
    }
}
