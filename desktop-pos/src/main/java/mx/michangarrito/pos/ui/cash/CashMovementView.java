package mx.michangarrito.pos.ui.cash;

import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/** The cash in/out card: F1 entrada, F2 salida, amount, reason, Enter saves, Escape cancels. */
public final class CashMovementView {

    private final CashMovementViewModel model;
    private final Texts texts;
    private final Shell shell;

    public CashMovementView(CashMovementViewModel model, Texts texts, Shell shell) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
    }

    /** Shows the card; {@code onDone} gets the confirmation text after saving, or null when cancelled. */
    public void show(Consumer<String> onDone) {
        Label title = Widgets.label("", "subtitle");
        title.textProperty().bind(model.titleProperty());
        TextField amount = new TextField();
        amount.setId("cash-amount");
        amount.textProperty().bindBidirectional(model.amountProperty());
        TextField reason = new TextField();
        reason.setId("cash-reason");
        reason.textProperty().bindBidirectional(model.reasonProperty());
        Runnable save = () -> {
            String done = model.save();
            if (done != null) {
                shell.closeOverlay();
                onDone.accept(done);
            }
        };
        amount.setOnAction(e -> reason.requestFocus());
        reason.setOnAction(e -> save.run());
        Runnable cancel = () -> {
            shell.closeOverlay();
            onDone.accept(null);
        };
        HBox keys = new HBox(8, Widgets.key("F1", texts.get("cash.in"), () -> model.chooseOut(false)),
                Widgets.key("F2", texts.get("cash.out"), () -> model.chooseOut(true)),
                Widgets.key("Enter", texts.get("cash.save"), save), Widgets.key("Esc", texts.get("prompt.cancel"), cancel));
        VBox card = new VBox(title, keys, new Label(texts.get("cash.amount")), amount,
                new Label(texts.get("cash.reason")), reason, Widgets.message(model.messageProperty(), null));
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F1 || e.getCode() == KeyCode.F2) {
                e.consume();
                model.chooseOut(e.getCode() == KeyCode.F2);
            }
        });
        shell.showOverlay(card, cancel);
        Platform.runLater(amount::requestFocus);
    }
}
