package mx.michangarrito.pos.ui.catalog;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/**
 * The product card over the catalog: Enter moves to the next field, F12 saves, Escape cancels. In the
 * barcode field Enter (which ends every scan) checks the codes and stays, so several can be scanned.
 */
public final class ProductEditorView {

    private final ProductEditorViewModel model;
    private final Texts texts;
    private final Shell shell;
    private final Runnable onClose;
    private final List<Control> order = new ArrayList<>();

    public ProductEditorView(ProductEditorViewModel model, Texts texts, Shell shell, Runnable onClose) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.onClose = onClose;
    }

    public void show() {
        GridPane form = new GridPane(12, 6);
        TextField name = text("editor-name", model.nameProperty());
        TextField sku = text("editor-sku", model.skuProperty());
        TextField barcodes = text("editor-barcodes", model.barcodesProperty());
        barcodes.setPromptText(texts.get("editor.barcodes.prompt"));
        ComboBox<Choice<java.util.UUID>> category = combo("editor-category", model.categoryChoices());
        category.valueProperty().bindBidirectional(model.categoryProperty());
        ComboBox<Choice<mx.michangarrito.pos.catalog.Unit>> unit = combo("editor-unit", model.unitChoices());
        unit.valueProperty().bindBidirectional(model.unitProperty());
        CheckBox byWeight = check("editor-by-weight", texts.get("editor.by-weight"));
        byWeight.selectedProperty().bindBidirectional(model.byWeightProperty());
        TextField price = text("editor-price", model.priceProperty());
        TextField cost = text("editor-cost", model.costProperty());
        ComboBox<Choice<mx.michangarrito.shared.tax.IvaRate>> iva = combo("editor-iva", model.ivaChoices());
        iva.valueProperty().bindBidirectional(model.ivaProperty());
        TextField ieps = text("editor-ieps", model.iepsProperty());
        TextField min = text("editor-min-stock", model.minStockProperty());
        TextField scale = text("editor-scale-code", model.scaleCodeProperty());
        CheckBox active = check("editor-active", texts.get("editor.active"));
        active.selectedProperty().bindBidirectional(model.activeProperty());
        int row = 0;
        form.addRow(row++, new Label(texts.get("editor.name")), name);
        form.addRow(row++, new Label(texts.get("editor.sku")), sku);
        form.addRow(row++, new Label(texts.get("editor.barcodes")), barcodes);
        form.addRow(row++, new Label(texts.get("editor.category")), category);
        form.addRow(row++, new Label(texts.get("editor.unit")), new HBox(16, unit, byWeight));
        form.addRow(row++, new Label(texts.get("editor.price")), price);
        form.addRow(row++, new Label(texts.get("editor.cost")), cost);
        form.addRow(row++, new Label(texts.get("editor.iva")), iva);
        form.addRow(row++, new Label(texts.get("editor.ieps")), ieps);
        form.addRow(row++, new Label(texts.get("editor.min-stock")), min);
        form.addRow(row++, new Label(texts.get("editor.scale-code")), scale);
        form.addRow(row++, new Label(""), active);
        CheckBox quick = check("editor-quick-key", texts.get("editor.quick"));
        quick.selectedProperty().bindBidirectional(model.quickKey().markedProperty());
        quick.setDisable(!model.quickKey().allowed());
        Label place = new Label();
        place.setId("editor-quick-place");
        place.textProperty().bind(model.quickKey().placeProperty());
        form.addRow(row++, new Label(""), quick);
        form.addRow(row, new Label(""), new HBox(8, Widgets.key("Ctrl+↑", texts.get("editor.quick.up"),
                () -> model.moveQuickKey(-1)), Widgets.key("Ctrl+↓", texts.get("editor.quick.down"),
                () -> model.moveQuickKey(1)), place));
        name.setPrefColumnCount(28);

        barcodes.setOnAction(e -> {
            model.barcodeEntered();
            barcodes.end();
        });
        Label title = Widgets.label("", "subtitle");
        title.textProperty().bind(model.titleProperty());
        Label message = Widgets.message(model.messageProperty(), null);
        message.setId("editor-message");
        message.setMaxWidth(560);
        HBox keys = new HBox(8, Widgets.key("F12", texts.get("editor.save"), this::save),
                Widgets.key("Esc", texts.get("prompt.cancel"), this::cancel), new Label(texts.get("editor.hint")));
        keys.getChildren().add(2, Widgets.key("Ctrl+T", texts.get("editor.quick"), () -> quickKeyKey(KeyCode.T, quick)));
        VBox card = new VBox(10, title, form, message, keys);
        card.setId("product-editor");
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F12) {
                e.consume();
                save();
            } else if (e.isShortcutDown() && (e.getCode() == KeyCode.T || e.getCode() == KeyCode.UP
                    || e.getCode() == KeyCode.DOWN)) {
                e.consume();
                quickKeyKey(e.getCode(), quick);
            } else if (e.getCode() == KeyCode.ENTER && e.getTarget() != barcodes && e.getTarget() instanceof Node n) {
                int at = order.indexOf(n instanceof Control c ? c : null);
                if (at >= 0) {
                    e.consume();
                    if (at == order.size() - 1) {
                        save();
                    } else {
                        order.get(at + 1).requestFocus();
                    }
                }
            }
        });
        shell.showOverlay(card, this::cancel);
        Platform.runLater(name::requestFocus);
    }

    /** Ctrl+T ticks or unticks "Tecla rápida"; Ctrl+↑/↓ move the key in its tab. */
    private void quickKeyKey(KeyCode code, CheckBox quick) {
        switch (code) {
            case T -> {
                if (!quick.isDisabled()) {
                    quick.setSelected(!quick.isSelected());
                    quick.requestFocus();
                }
            }
            case UP -> model.moveQuickKey(-1);
            default -> model.moveQuickKey(1);
        }
    }

    private void save() {
        if (model.save()) {
            shell.closeOverlay();
            onClose.run();
        }
    }

    private void cancel() {
        shell.closeOverlay();
        onClose.run();
    }

    private TextField text(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        order.add(field);
        return field;
    }

    private <T> ComboBox<T> combo(String id, List<T> items) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(items));
        box.setId(id);
        box.setVisibleRowCount(12);
        order.add(box);
        return box;
    }

    private CheckBox check(String id, String text) {
        CheckBox box = new CheckBox(text);
        box.setId(id);
        order.add(box);
        return box;
    }
}
