package mx.michangarrito.pos.ui.cash;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.ScreenScroll;
import mx.michangarrito.pos.ui.KeyBar;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/**
 * The corte de caja screen: the counting form on the left (Enter moves to the next bill or coin), the
 * expected and counted figures on the right, F12 closes the shift, Escape goes back to selling.
 */
public final class CorteView {

    private final CorteViewModel model;
    private final Texts texts;
    private final Runnable back;
    private final Runnable afterClosing;

    /**
     * @param back         leaves without closing (back to the sale)
     * @param afterClosing after the shift is closed and the cashier pressed Enter (to the login)
     */
    public CorteView(CorteViewModel model, Texts texts, Runnable back, Runnable afterClosing) {
        this.model = model;
        this.texts = texts;
        this.back = back;
        this.afterClosing = afterClosing;
    }

    public Parent build() {
        GridPane form = new GridPane(14, 6);
        form.addRow(0, Widgets.label(texts.get("corte.column.denomination"), "caption"),
                Widgets.label(texts.get("corte.column.pieces"), "caption"),
                Widgets.label(texts.get("corte.column.subtotal"), "caption"));
        List<TextField> fields = new ArrayList<>();
        int r = 1;
        for (DenominationRow row : model.rows()) {
            TextField count = new TextField();
            count.setId("count-" + row.denomination().name());
            count.setPrefColumnCount(5);
            count.textProperty().bindBidirectional(row.countProperty());
            count.disableProperty().bind(model.closedProperty());
            Label subtotal = new Label();
            subtotal.textProperty().bind(row.subtotalProperty());
            subtotal.setMinWidth(120);
            form.addRow(r++, new Label(row.label()), count, subtotal);
            fields.add(count);
        }
        TextField card = new TextField();
        card.setId("counted-card");
        card.textProperty().bindBidirectional(model.cardCountedProperty());
        TextField transfer = new TextField();
        transfer.setId("counted-transfer");
        transfer.textProperty().bindBidirectional(model.transferCountedProperty());
        card.disableProperty().bind(model.closedProperty());
        card.setMaxWidth(320);
        transfer.setMaxWidth(320);
        transfer.disableProperty().bind(model.closedProperty());
        fields.add(card);
        fields.add(transfer);
        for (int i = 0; i < fields.size() - 1; i++) {
            TextField next = fields.get(i + 1);
            fields.get(i).setOnAction(e -> {
                next.requestFocus();
                next.selectAll();
            });
        }
        transfer.setOnAction(e -> model.close());

        Label expected = Widgets.label("", "big-figure");
        expected.textProperty().bind(model.expectedCashProperty());
        Label counted = Widgets.label("", "big-figure");
        counted.setId("counted-cash");
        counted.textProperty().bind(model.countedCashProperty());
        Label difference = Widgets.label("", "big-figure");
        difference.setId("cash-difference");
        difference.textProperty().bind(model.cashDifferenceProperty());
        difference.styleProperty().bind(javafx.beans.binding.Bindings.when(model.cashShortProperty())
                .then("-fx-text-fill: #b00020;").otherwise("-fx-text-fill: #1b7f3b;"));
        VBox summary = new VBox(4);
        model.summary().forEach(line -> summary.getChildren().add(new Label(line)));
        Label message = Widgets.message(model.messageProperty(), null);
        message.setId("corte-message");

        VBox figures = new VBox(10, Widgets.label(texts.get("corte.expected-cash"), "caption"), expected,
                Widgets.label(texts.get("corte.counted-cash"), "caption"), counted, difference,
                Widgets.label(texts.get("corte.counted-card"), "caption"), card,
                Widgets.label(texts.get("corte.counted-transfer"), "caption"), transfer, summary, message);
        HBox body = new HBox(40, form, figures);
        HBox.setHgrow(figures, Priority.ALWAYS);
        KeyBar keys = new KeyBar().key(KeyCode.F12, texts.get("corte.key.close"), model::close)
                .key(KeyCode.F5, texts.get("corte.key.print-z"), model::printZ)
                .key(KeyCode.ESCAPE, texts.get("corte.key.back"), this::leave);
        VBox screen = new VBox(16, Widgets.label(texts.get("corte.title"), "screen-title"), body, keys.flow());
        screen.setPadding(new Insets(24));
        screen.setAlignment(Pos.TOP_LEFT);
        screen.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = keys.action(e.getCode());
            if (action != null) {
                e.consume();
                action.run();
            } else if (e.getCode() == KeyCode.ENTER && model.closedProperty().get()) {
                e.consume();
                afterClosing.run();
            }
        });
        model.closedProperty().addListener((obs, was, now) -> Platform.runLater(screen::requestFocus));
        Platform.runLater(fields.getFirst()::requestFocus);
        return ScreenScroll.of(ScreenScroll.fitWords(screen));
    }

    private void leave() {
        if (model.closedProperty().get()) {
            afterClosing.run();
        } else {
            back.run();
        }
    }
}
