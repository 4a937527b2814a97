package mx.michangarrito.pos.ui;

import java.util.function.Predicate;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** A card asking for one line of text: Enter accepts, Escape cancels. */
public final class Prompt {

    private Prompt() {
    }

    /**
     * Shows the prompt.
     *
     * @param accept gets the text; returns true when it was taken (the card closes), false to keep asking
     * @param onCancel runs when the card is closed without an answer
     */
    public static TextField show(Shell shell, Texts texts, String title, String initial, ObservableStringValue message,
            ObservableBooleanValue isError, Predicate<String> accept, Runnable onCancel) {
        Label heading = Widgets.label(title, "subtitle");
        heading.setWrapText(true);
        TextField field = new TextField(initial);
        field.setId("prompt-field");
        Runnable ok = () -> {
            if (accept.test(field.getText())) {
                shell.closeOverlay();
            }
        };
        Runnable cancel = () -> {
            shell.closeOverlay();
            onCancel.run();
        };
        field.setOnAction(e -> ok.run());
        Button okButton = new Button(texts.get("prompt.ok"));
        okButton.setOnAction(e -> ok.run());
        Button cancelButton = new Button(texts.get("prompt.cancel"));
        cancelButton.setOnAction(e -> cancel.run());
        VBox card = new VBox(heading, field, new HBox(12, okButton, cancelButton));
        if (message != null) {
            card.getChildren().add(2, Widgets.message(message, isError));
        }
        shell.showOverlay(card, cancel);
        Platform.runLater(() -> {
            field.requestFocus();
            field.selectAll();
        });
        return field;
    }
}
