package mx.michangarrito.pos.ui.shift;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/** Opening the shift with its float. */
public final class OpenShiftView {

    private final OpenShiftViewModel model;
    private final Texts texts;

    public OpenShiftView(OpenShiftViewModel model, Texts texts) {
        this.model = model;
        this.texts = texts;
    }

    public Parent build() {
        TextField amount = new TextField();
        amount.setId("float");
        amount.setPromptText("$0.00");
        amount.setMaxWidth(320);
        amount.textProperty().bindBidirectional(model.floatAmountProperty());
        amount.setOnAction(e -> model.open());
        Button open = new Button(texts.get("shift.open.button"));
        open.setId("open-shift");
        open.setOnAction(e -> model.open());
        VBox screen = new VBox(18, Widgets.label(texts.get("shift.open.title"), "screen-title"),
                Widgets.label(model.greeting(), "subtitle"), new Label(texts.get("shift.open.float")), amount,
                Widgets.message(model.messageProperty(), new javafx.beans.property.SimpleBooleanProperty(true)), open);
        screen.setPadding(new Insets(40));
        Platform.runLater(amount::requestFocus);
        return screen;
    }
}
