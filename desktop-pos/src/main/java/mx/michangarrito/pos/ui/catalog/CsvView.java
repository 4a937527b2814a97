package mx.michangarrito.pos.ui.catalog;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.KeyBar;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.ui.Columns;
import mx.michangarrito.pos.ui.catalog.CsvViewModel.ErrorRow;

/**
 * The CSV cards: the file's path (Enter exports or imports), for the import a progress bar and the
 * report of every problem by row and column. Escape closes, except while the import is running.
 */
public final class CsvView {

    private final CsvViewModel model;
    private final Texts texts;
    private final Shell shell;
    private final Runnable onClose;

    public CsvView(CsvViewModel model, Texts texts, Shell shell, Runnable onClose) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.onClose = onClose;
    }

    public void showExport() {
        TextField path = path();
        path.setOnAction(e -> model.export());
        VBox card = new VBox(10, Widgets.label(texts.get("csv.export.title"), "subtitle"),
                new Label(texts.get("csv.export.help")), path, message(),
                keys("csv.key.export", model::export));
        card.setId("csv-export");
        card.setMaxWidth(760);
        shell.showOverlay(card, this::close);
        Platform.runLater(path::requestFocus);
    }

    public void showImport() {
        TextField path = path();
        path.setOnAction(e -> model.importFile());
        path.disableProperty().bind(model.runningProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("csv-progress");
        bar.progressProperty().bind(model.progressProperty());
        bar.setMaxWidth(Double.MAX_VALUE);
        Label progress = new Label();
        progress.setId("csv-progress-text");
        progress.textProperty().bind(model.progressTextProperty());
        TableView<ErrorRow> errors = new TableView<>(model.errors());
        errors.setId("csv-errors");
        errors.setPlaceholder(new Label(texts.get("csv.no-errors")));
        errors.getColumns().setAll(List.of(Columns.number(texts.get("csv.column.row"), r -> String.valueOf(r.row())),
                Columns.text(texts.get("csv.column.column"), ErrorRow::column),
                Columns.longText(texts.get("csv.column.reason"), ErrorRow::reason)));
        Columns.fit(errors);
        errors.setPrefHeight(260);
        errors.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.errors()));
        errors.managedProperty().bind(errors.visibleProperty());
        VBox card = new VBox(10, Widgets.label(texts.get("csv.import.title"), "subtitle"),
                new Label(texts.get("csv.import.help")), path, bar, progress, message(), errors,
                keys("csv.key.import", model::importFile));
        card.setId("csv-import");
        card.setMaxWidth(860);
        model.runningProperty().addListener((obs, was, now) -> {
            if (!now) {
                Platform.runLater(path::requestFocus);
            }
        });
        shell.showOverlay(card, this::close);
        Platform.runLater(path::requestFocus);
    }

    private TextField path() {
        TextField path = new TextField();
        path.setId("csv-path");
        path.textProperty().bindBidirectional(model.pathProperty());
        path.setPrefColumnCount(40);
        return path;
    }

    /** Enter (answered by the path field) and Escape (answered by the overlay). */
    private HBox keys(String enterText, Runnable enter) {
        return new KeyBar().shown(KeyCode.ENTER, texts.get(enterText), enter)
                .shown(KeyCode.ESCAPE, texts.get("categories.key.close"), this::close).row();
    }

    private Label message() {
        Label message = Widgets.message(model.messageProperty(), model.messageIsErrorProperty());
        message.setId("csv-message");
        return message;
    }

    private void close() {
        if (model.runningProperty().get()) {
            return; // the import finishes (or rolls back) first; the bar shows how far it is
        }
        shell.closeOverlay();
        onClose.run();
    }
}
