package mx.michangarrito.pos.ui.settings;

import java.io.File;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/**
 * The backup section: F2 backs up now, F3 chooses the folder, F4 restores a backup (at the next start),
 * F12 saves the folder and how many backups to keep.
 */
public final class BackupView {

    private final BackupViewModel model;
    private final Texts texts;
    private VBox screen;

    public BackupView(BackupViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model, "model");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public Parent build() {
        model.load();
        TextField folder = new TextField();
        folder.setId("backup-folder");
        folder.setPrefColumnCount(36);
        folder.textProperty().bindBidirectional(model.folderProperty());
        TextField keep = new TextField();
        keep.setId("backup-keep");
        keep.setPrefColumnCount(4);
        keep.textProperty().bindBidirectional(model.keepProperty());
        GridPane form = new GridPane(12, 10);
        form.addRow(0, Widgets.label(texts.get("backup.folder"), "caption"), folder);
        form.addRow(1, Widgets.label(texts.get("backup.keep"), "caption"), keep);

        Label last = Widgets.label("", "subtitle");
        last.setId("backup-last");
        last.textProperty().bind(model.lastProperty());
        ListView<String> files = new ListView<>(model.files());
        files.setId("backup-files");
        files.setPrefHeight(220);
        files.setFocusTraversable(false);

        FlowPane keys = new FlowPane(6, 6,
                Widgets.key("F2", texts.get("backup.key.now"), model::backupNow),
                Widgets.key("F3", texts.get("backup.key.folder"), this::chooseFolder),
                Widgets.key("F4", texts.get("backup.key.restore"), this::chooseBackup),
                Widgets.key("F12", texts.get("backup.key.save"), model::save));
        keys.getStyleClass().add("key-bar");
        Label message = Widgets.message(model.messageProperty(), model.errorProperty());
        message.setId("backup-message");

        screen = new VBox(12, Widgets.label(texts.get("backup.title"), "screen-title"), keys,
                Widgets.label(texts.get("backup.hint"), "subtitle"), form, last, files, message);
        screen.setId("backup");
        screen.setPadding(new Insets(4));
        screen.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = switch (e.getCode()) {
                case F2 -> model::backupNow;
                case F3 -> this::chooseFolder;
                case F4 -> this::chooseBackup;
                case F12 -> model::save;
                default -> null;
            };
            if (action != null) {
                e.consume();
                action.run();
            }
        });
        Platform.runLater(folder::requestFocus);
        return screen;
    }

    private void chooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(texts.get("backup.folder.title"));
        File dir = chooser.showDialog(screen.getScene().getWindow());
        if (dir != null) {
            model.folderProperty().set(dir.getAbsolutePath());
            model.save();
        }
    }

    private void chooseBackup() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(texts.get("backup.restore.title"));
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("ZIP", "*.zip"));
        File zip = chooser.showOpenDialog(screen.getScene().getWindow());
        if (zip != null) {
            model.restore(zip.toPath());
        }
    }
}
