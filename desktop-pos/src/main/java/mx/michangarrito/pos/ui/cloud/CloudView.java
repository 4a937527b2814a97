package mx.michangarrito.pos.ui.cloud;

import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/** The "Nube" section: the cloud address, the owner's pairing code, the terminal's name; F12 pairs. */
public final class CloudView {

    private final CloudViewModel model;
    private final Texts texts;

    public CloudView(CloudViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model, "model");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public Parent build() {
        model.load();
        TextField url = field("cloud-url", 36);
        url.setPromptText("https://…");
        url.textProperty().bindBidirectional(model.cloudUrlProperty());
        TextField code = field("cloud-code", 12);
        code.setPromptText("ABCD-EFGH");
        code.textProperty().bindBidirectional(model.codeProperty());
        TextField name = field("cloud-name", 24);
        name.textProperty().bindBidirectional(model.terminalNameProperty());
        GridPane form = new GridPane(12, 10);
        form.addRow(0, Widgets.label(texts.get("cloud.url"), "caption"), url);
        form.addRow(1, Widgets.label(texts.get("cloud.code"), "caption"), code);
        form.addRow(2, Widgets.label(texts.get("cloud.name"), "caption"), name);
        Button pair = Widgets.key("F12", texts.get("cloud.key.pair"), model::pair);
        pair.setId("cloud-pair");
        pair.disableProperty().bind(model.busyProperty());
        code.setOnAction(e -> model.pair());
        Label pairedWith = Widgets.label("", "subtitle");
        pairedWith.setId("cloud-paired-with");
        pairedWith.textProperty().bind(model.pairedWithProperty());
        Label message = Widgets.message(model.messageProperty(), model.errorProperty());
        message.setId("cloud-message");
        VBox screen = new VBox(12, Widgets.label(texts.get("cloud.title"), "screen-title"), pairedWith,
                Widgets.label(texts.get("cloud.hint"), "subtitle"), form, pair, message);
        screen.setId("cloud");
        screen.setPadding(new Insets(4));
        screen.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F12) {
                e.consume();
                model.pair();
            }
        });
        Platform.runLater((model.pairedProperty().get() ? url : code)::requestFocus);
        return screen;
    }

    private static TextField field(String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        return field;
    }
}
