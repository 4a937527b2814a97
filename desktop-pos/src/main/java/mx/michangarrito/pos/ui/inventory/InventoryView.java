package mx.michangarrito.pos.ui.inventory;

import java.util.List;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.catalog.ProductHit;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.ui.Columns;
import mx.michangarrito.pos.ui.inventory.InventoryViewModel.LowRow;
import mx.michangarrito.pos.ui.inventory.InventoryViewModel.MovementRow;

/**
 * The inventory section: a product box (scan or type, Enter picks), its stock and movements, or the
 * low-stock list; F-keys for receiving, adjusting and counting, each in a card over the screen.
 */
public final class InventoryView {

    private final InventoryViewModel model;
    private final Texts texts;
    private final Shell shell;
    private final TextField box = new TextField();

    public InventoryView(InventoryViewModel model, Texts texts, Shell shell) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
    }

    public Parent build() {
        box.setId("inventory-product");
        box.setPromptText(texts.get("inventory.product.prompt"));
        box.textProperty().bindBidirectional(model.queryProperty());
        box.setOnAction(e -> model.pick());
        ListView<ProductHit> hits = hitList(model.hits(), model.hitProperty(), texts);
        Label info = Widgets.label("", "subtitle");
        info.setId("inventory-info");
        info.textProperty().bind(model.productInfoProperty());

        TableView<MovementRow> movements = new TableView<>(model.movements());
        movements.setId("inventory-movements");
        movements.setPlaceholder(new Label(texts.get("inventory.movements.empty")));
        movements.getColumns().setAll(List.of(Columns.text(texts.get("inventory.column.when"), MovementRow::when),
                Columns.text(texts.get("inventory.column.reason"), MovementRow::reason),
                Columns.number(texts.get("inventory.column.quantity"), MovementRow::quantity),
                Columns.optional(Columns.number(texts.get("inventory.column.balance"), MovementRow::balance), 1),
                Columns.longText(texts.get("inventory.column.note"), MovementRow::note)));
        TableView<LowRow> low = new TableView<>(model.lowStock());
        low.setId("inventory-low");
        low.setPlaceholder(new Label(texts.get("inventory.low.none")));
        low.getColumns().setAll(List.of(Columns.longText(texts.get("inventory.column.product"), LowRow::name),
                Columns.number(texts.get("inventory.column.on-hand"), LowRow::onHand),
                Columns.number(texts.get("inventory.column.min"), LowRow::minStock),
                Columns.number(texts.get("inventory.column.missing"), LowRow::missing)));
        for (TableView<?> t : List.of(movements, low)) {
            Columns.fit(t);
            t.setFocusTraversable(false);
        }
        low.visibleProperty().bind(model.showingLowProperty());
        movements.visibleProperty().bind(model.showingLowProperty().not());
        StackPane tables = new StackPane(movements, low);

        Label message = Widgets.message(model.messageProperty(), model.messageIsErrorProperty());
        message.setId("inventory-message");
        FlowPane keys = new FlowPane(8, 8,
                Widgets.key("F1", texts.get("inventory.key.product"), this::focusBox),
                Widgets.key("F2", texts.get("inventory.key.receive"), this::receive),
                Widgets.key("F3", texts.get("inventory.key.adjust"), this::adjust),
                Widgets.key("F4", texts.get("inventory.key.count"), this::count),
                Widgets.key("F5", texts.get("inventory.key.movements"), model::showMovements),
                Widgets.key("F6", texts.get("inventory.key.low"), model::showLowStock));
        VBox screen = new VBox(8, Widgets.label(texts.get("inventory.title"), "screen-title"), box, hits, info, tables,
                message, keys);
        VBox.setVgrow(tables, Priority.ALWAYS);
        screen.setPadding(new Insets(8));
        screen.setId("inventory");
        screen.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        screen.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(this::focusBox);
            }
        });
        Platform.runLater(this::focusBox);
        return screen;
    }

    private void keyPressed(KeyEvent e) {
        if (shell.hasOverlay()) {
            return;
        }
        Runnable action = switch (e.getCode()) {
            case F1 -> this::focusBox;
            case F2 -> this::receive;
            case F3 -> this::adjust;
            case F4 -> this::count;
            case F5 -> model::showMovements;
            case F6 -> model::showLowStock;
            case UP -> () -> model.moveHit(-1);
            case DOWN -> () -> model.moveHit(1);
            default -> null;
        };
        if (action != null) {
            e.consume();
            action.run();
        }
    }

    private void receive() {
        new ReceiveView(model.receiveCard(), texts, shell, this::focusBox).show();
    }

    private void adjust() {
        if (!model.hasProduct()) {
            return;
        }
        TextField quantity = field("adjust-quantity", model.adjustQuantityProperty());
        ComboBox<String> reason = new ComboBox<>(FXCollections.observableArrayList(model.adjustReasonLabels()));
        reason.setId("adjust-reason");
        reason.getSelectionModel().select(model.adjustReasonProperty().get());
        reason.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) ->
                model.adjustReasonProperty().set(Math.max(0, now.intValue())));
        TextField note = field("adjust-note", model.adjustNoteProperty());
        quantity.setOnAction(e -> reason.requestFocus());
        note.setOnAction(e -> saveCard(model.adjust()));
        VBox card = new VBox(8, Widgets.label(texts.get("adjust.title"), "subtitle"), info(),
                new Label(texts.get("adjust.quantity")), quantity, new Label(texts.get("adjust.reason")), reason,
                new Label(texts.get("adjust.note")), note, cardMessage(),
                new HBox(8, Widgets.key("F12", texts.get("adjust.save"), () -> saveCard(model.adjust())),
                        Widgets.key("Esc", texts.get("prompt.cancel"), this::closeCard)));
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F12) {
                e.consume();
                saveCard(model.adjust());
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() == reason && !reason.isShowing()) {
                e.consume();
                note.requestFocus();
            }
        });
        card.setMaxWidth(620);
        shell.showOverlay(card, this::closeCard);
        Platform.runLater(quantity::requestFocus);
    }

    private void count() {
        if (!model.hasProduct()) {
            return;
        }
        TextField counted = field("count-quantity", model.countedProperty());
        counted.setOnAction(e -> saveCard(model.count()));
        VBox card = new VBox(8, Widgets.label(texts.get("count.title"), "subtitle"), info(),
                new Label(texts.get("count.quantity")), counted, cardMessage(),
                new HBox(8, Widgets.key("Enter", texts.get("count.save"), () -> saveCard(model.count())),
                        Widgets.key("Esc", texts.get("prompt.cancel"), this::closeCard)));
        card.setMaxWidth(620);
        shell.showOverlay(card, this::closeCard);
        Platform.runLater(counted::requestFocus);
    }

    private Label info() {
        Label info = new Label();
        info.textProperty().bind(model.productInfoProperty());
        return info;
    }

    private Label cardMessage() {
        Label message = Widgets.message(model.messageProperty(), model.messageIsErrorProperty());
        message.setId("inventory-card-message");
        message.setMaxWidth(580);
        return message;
    }

    private void saveCard(boolean saved) {
        if (saved) {
            closeCard();
        }
    }

    private void closeCard() {
        shell.closeOverlay();
        focusBox();
    }

    private static TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private void focusBox() {
        box.requestFocus();
        box.end();
    }

    /** The search results under a product box, the highlighted one following {@code selected}. */
    static ListView<ProductHit> hitList(javafx.collections.ObservableList<ProductHit> items,
            javafx.beans.property.IntegerProperty selected, Texts texts) {
        ListView<ProductHit> list = new ListView<>(items);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ProductHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : hit.name() + "   " + texts.money(hit.price())
                        + (hit.sku().isEmpty() ? "" : "   [" + hit.sku() + "]"));
            }
        });
        list.setFocusTraversable(false);
        list.setPrefHeight(150);
        list.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(items));
        list.managedProperty().bind(list.visibleProperty());
        selected.addListener((obs, was, now) -> {
            if (now.intValue() >= 0) {
                list.getSelectionModel().clearAndSelect(now.intValue());
            }
        });
        return list;
    }
}
