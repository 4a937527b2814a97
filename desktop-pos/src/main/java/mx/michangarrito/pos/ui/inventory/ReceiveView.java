package mx.michangarrito.pos.ui.inventory;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.KeyBar;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.ui.Columns;
import mx.michangarrito.pos.ui.inventory.ReceiveViewModel.Line;

/**
 * The purchase card: product (scan or type, Enter), quantity (Enter), unit cost (Enter adds the line and
 * goes back to the product box); F9 takes the last line out, F12 receives everything, Escape cancels.
 */
public final class ReceiveView {

    private final ReceiveViewModel model;
    private final Texts texts;
    private final Shell shell;
    private final Runnable onClose;

    public ReceiveView(ReceiveViewModel model, Texts texts, Shell shell, Runnable onClose) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.onClose = onClose;
    }

    public void show() {
        TextField code = field("receive-product", model.codeProperty());
        code.setPromptText(texts.get("inventory.product.prompt"));
        TextField quantity = field("receive-quantity", model.quantityProperty());
        TextField cost = field("receive-cost", model.costProperty());
        TextField note = field("receive-note", model.noteProperty());
        Label pending = Widgets.label("", "caption");
        pending.setId("receive-pending");
        pending.textProperty().bind(model.pendingProperty());
        code.setOnAction(e -> {
            if (model.lookUp()) {
                quantity.requestFocus();
            }
        });
        quantity.setOnAction(e -> {
            cost.requestFocus();
            cost.selectAll();
        });
        cost.setOnAction(e -> {
            if (model.addLine()) {
                code.requestFocus();
            }
        });
        TableView<Line> lines = new TableView<>(model.lines());
        lines.setId("receive-lines");
        lines.setPlaceholder(new Label(texts.get("receive.no-lines")));
        lines.getColumns().setAll(List.of(Columns.longText(texts.get("inventory.column.product"), Line::name),
                Columns.number(texts.get("inventory.column.quantity"), l -> Quantities.show(l.quantity())),
                Columns.number(texts.get("receive.unit-cost"), l -> l.unitCost().map(texts::money).orElse("—"))));
        Columns.fit(lines);
        lines.setPrefHeight(200);
        lines.setFocusTraversable(false);
        Label total = Widgets.label("", "caption");
        total.setId("receive-total");
        total.textProperty().bind(model.totalProperty());
        Label message = Widgets.message(model.messageProperty(), null);
        message.setId("receive-message");
        message.setMaxWidth(640);
        HBox entry = new HBox(8, code, quantity, cost);
        code.setPrefColumnCount(22);
        quantity.setPrefColumnCount(6);
        cost.setPrefColumnCount(8);
        KeyBar keys = new KeyBar().key(KeyCode.F12, texts.get("receive.save"), this::receive)
                .key(KeyCode.F9, texts.get("receive.remove-last"), model::removeLast)
                .shown(KeyCode.ESCAPE, texts.get("prompt.cancel"), this::close);
        VBox card = new VBox(8, Widgets.label(texts.get("receive.title"), "subtitle"),
                new Label(texts.get("receive.help")), entry,
                InventoryView.hitList(model.hits(), model.hitProperty(), texts), pending, lines, total,
                new Label(texts.get("receive.note")), note, message, keys.row());
        card.setId("receive-card");
        card.setMaxWidth(720);
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = keys.action(e.getCode());
            if (action != null) {
                e.consume();
                action.run();
            } else if (e.getTarget() == code && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                e.consume();
                model.moveHit(e.getCode() == KeyCode.UP ? -1 : 1);
            }
        });
        shell.showOverlay(card, this::close);
        Platform.runLater(code::requestFocus);
    }

    private void receive() {
        if (model.receive()) {
            close();
        }
    }

    private void close() {
        shell.closeOverlay();
        onClose.run();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }
}
