package mx.michangarrito.pos.ui.catalog;

import java.util.UUID;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.KeyBar;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/** The categories card: type a name and Enter to create; Up/Down pick one, F2 renames it; Escape closes. */
public final class CategoriesView {

    private final CategoriesViewModel model;
    private final Texts texts;
    private final Shell shell;
    private final Runnable onClose;

    public CategoriesView(CategoriesViewModel model, Texts texts, Shell shell, Runnable onClose) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.onClose = onClose;
    }

    public void show() {
        ListView<Choice<UUID>> list = new ListView<>(model.categories());
        list.setId("categories-list");
        list.setFocusTraversable(false);
        list.setPrefHeight(260);
        Runnable showSelection = () -> {
            int i = model.selectedProperty().get();
            if (i >= 0) {
                list.getSelectionModel().clearAndSelect(i);
                list.scrollTo(i);
            }
        };
        model.selectedProperty().addListener((obs, was, now) -> showSelection.run());
        showSelection.run();
        Label mode = Widgets.label("", "caption");
        mode.textProperty().bind(model.modeProperty());
        TextField name = new TextField();
        name.setId("category-name");
        name.textProperty().bindBidirectional(model.nameProperty());
        name.setOnAction(e -> model.submit());
        Label message = Widgets.message(model.messageProperty(), model.messageIsErrorProperty());
        message.setId("categories-message");
        KeyBar keys = new KeyBar().shown(KeyCode.ENTER, texts.get("categories.key.save"), model::submit)
                .key(KeyCode.F2, texts.get("categories.key.rename"), model::startRename)
                .key(KeyCode.F3, texts.get("categories.key.new"), model::startNew)
                .shown(KeyCode.ESCAPE, texts.get("categories.key.close"), this::close);
        VBox card = new VBox(10, Widgets.label(texts.get("categories.title"), "subtitle"), list, mode, name, message,
                keys.row());
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = switch (e.getCode()) {
                case UP -> () -> model.move(-1);
                case DOWN -> () -> model.move(1);
                default -> keys.action(e.getCode());
            };
            if (action != null) {
                e.consume();
                action.run();
                name.requestFocus();
                name.end();
            }
        });
        shell.showOverlay(card, this::close);
        Platform.runLater(name::requestFocus);
    }

    private void close() {
        shell.closeOverlay();
        onClose.run();
    }
}
