package mx.michangarrito.pos.ui.cloud;

import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/**
 * The "Nube" section: the cloud address, the owner's pairing code, the terminal's name; F12 pairs. Once
 * paired, the owner's PIN and F9 unpair; a full resync shows as a progress bar while it runs.
 */
public final class CloudView {

    private final CloudViewModel model;
    private final ResyncViewModel resync;
    private final Texts texts;

    public CloudView(CloudViewModel model, ResyncViewModel resync, Texts texts) {
        this.model = Objects.requireNonNull(model, "model");
        this.resync = Objects.requireNonNull(resync, "resync");
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
                resyncBox(), Widgets.label(texts.get("cloud.hint"), "subtitle"), form, pair, unpairBox(), message);
        screen.setId("cloud");
        screen.setPadding(new Insets(4));
        screen.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.F12) {
                e.consume();
                model.pair();
            } else if (e.getCode() == javafx.scene.input.KeyCode.F9) {
                e.consume();
                model.unpair();
            }
        });
        screen.sceneProperty().addListener((o, was, now) -> {
            if (now == null) {
                resync.close();
            }
        });
        Platform.runLater((model.pairedProperty().get() ? url : code)::requestFocus);
        return screen;
    }

    private Node resyncBox() {
        ProgressBar bar = new ProgressBar();
        bar.setId("cloud-resync-bar");
        bar.setPrefWidth(360);
        bar.progressProperty().bind(resync.progressProperty());
        Label text = Widgets.label("", "caption");
        text.setId("cloud-resync-text");
        text.textProperty().bind(resync.textProperty());
        HBox box = new HBox(12, bar, text);
        box.setId("cloud-resync");
        box.visibleProperty().bind(resync.runningProperty());
        box.managedProperty().bind(resync.runningProperty());
        return box;
    }

    private Node unpairBox() {
        PasswordField pin = new PasswordField();
        pin.setId("cloud-owner-pin");
        pin.setPrefColumnCount(8);
        pin.textProperty().bindBidirectional(model.ownerPinProperty());
        pin.setOnAction(e -> model.unpair());
        Button unpair = Widgets.key("F9", texts.get("cloud.key.unpair"), model::unpair);
        unpair.setId("cloud-unpair");
        unpair.disableProperty().bind(model.busyProperty());
        HBox box = new HBox(12, Widgets.label(texts.get("cloud.owner-pin"), "caption"), pin, unpair);
        box.setId("cloud-unpair-box");
        box.visibleProperty().bind(model.pairedProperty());
        box.managedProperty().bind(model.pairedProperty());
        return box;
    }

    private static TextField field(String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        return field;
    }
}
