package mx.michangarrito.pos.ui.catalog;

import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.catalog.ProductRow;
import mx.michangarrito.pos.ui.KeyBar;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.ui.Columns;

/**
 * The catalog section: the filter box on top (typing filters at once; Up/Down pick a product), the
 * product table, and one F-key per action, shown at the bottom.
 */
public final class CatalogView {

    private final CatalogViewModel model;
    private final Texts texts;
    private final Shell shell;
    private final TextField filter = new TextField();
    private final TableView<ProductRow> table = new TableView<>();
    private KeyBar keys = new KeyBar();

    public CatalogView(CatalogViewModel model, Texts texts, Shell shell) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
    }

    public Parent build() {
        model.load();
        filter.setId("catalog-filter");
        filter.setPromptText(texts.get("catalog.filter.prompt"));
        filter.textProperty().bindBidirectional(model.textProperty());
        filter.setOnAction(e -> edit());
        Label filters = new Label();
        filters.setId("catalog-filters");
        filters.textProperty().bind(model.filtersProperty());

        table.setId("catalog-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(texts.get("catalog.empty")));
        table.getColumns().setAll(List.of(
                Columns.longText(texts.get("catalog.column.name"), ProductRow::name),
                Columns.optional(Columns.text(texts.get("catalog.column.sku"), ProductRow::sku), 2),
                Columns.optional(Columns.text(texts.get("catalog.column.category"), ProductRow::category), 4),
                Columns.number(texts.get("catalog.column.price"), r -> texts.money(r.price())),
                Columns.number(texts.get("catalog.column.on-hand"), r -> r.onHand().stripTrailingZeros().toPlainString()
                        + (r.low() ? " ⚠" : "")),
                Columns.optional(Columns.number(texts.get("catalog.column.min"),
                        r -> r.minStock().stripTrailingZeros().toPlainString()), 3),
                Columns.optional(Columns.text(texts.get("catalog.column.active"),
                        r -> texts.get(r.active() ? "catalog.yes" : "catalog.no")), 1)));
        Columns.fit(table);
        table.setFocusTraversable(false);
        model.selectedProperty().addListener((obs, was, now) -> showSelection(now.intValue()));
        model.rows().addListener((javafx.collections.ListChangeListener<ProductRow>) c ->
                showSelection(model.selectedProperty().get()));
        table.getSelectionModel().selectedIndexProperty().addListener((obs, was, now) -> {
            if (now.intValue() >= 0 && now.intValue() != model.selectedProperty().get()) {
                model.selectedProperty().set(now.intValue());
            }
        });
        showSelection(model.selectedProperty().get());

        Label message = Widgets.message(model.messageProperty(), model.messageIsErrorProperty());
        message.setId("catalog-message");
        keys = new KeyBar().key(KeyCode.F1, texts.get("catalog.key.search"), this::focusFilter)
                .key(KeyCode.F2, texts.get("catalog.key.new"), this::create)
                .key(KeyCode.F3, texts.get("catalog.key.edit"), this::edit)
                .key(KeyCode.F4, texts.get("catalog.key.category"), model::nextCategory)
                .key(KeyCode.F5, texts.get("catalog.key.status"), model::nextStatus)
                .key(KeyCode.F6, texts.get("catalog.key.low"), model::toggleLowOnly)
                .key(KeyCode.F7, texts.get("catalog.key.categories"), this::categories)
                .key(KeyCode.F8, texts.get("catalog.key.history"), this::history)
                .key(KeyCode.F9, texts.get("catalog.key.export"), () -> new CsvView(model.csvCard(), texts, shell,
                        this::focusFilter).showExport())
                .key(KeyCode.F10, texts.get("catalog.key.import"), () -> new CsvView(model.csvCard(), texts, shell,
                        this::focusFilter).showImport());
        VBox screen = new VBox(8, Widgets.label(texts.get("catalog.title"), "screen-title"), filter, filters, table,
                message, keys.flow());
        VBox.setVgrow(table, Priority.ALWAYS);
        screen.setPadding(new Insets(8));
        screen.setId("catalog");
        screen.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        screen.focusedProperty().addListener((obs, was, now) -> {
            if (now) {
                Platform.runLater(this::focusFilter);
            }
        });
        Platform.runLater(this::focusFilter);
        return screen;
    }

    private void keyPressed(KeyEvent e) {
        if (shell.hasOverlay()) {
            return;
        }
        Runnable action = switch (e.getCode()) {
            case UP -> () -> model.move(-1);
            case DOWN -> () -> model.move(1);
            case PAGE_UP -> () -> model.move(-15);
            case PAGE_DOWN -> () -> model.move(15);
            default -> keys.action(e.getCode());
        };
        if (action != null) {
            e.consume();
            action.run();
        }
    }

    private void create() {
        new ProductEditorView(model.newProduct(), texts, shell, this::focusFilter).show();
    }

    private void edit() {
        model.editSelected().ifPresent(editor -> new ProductEditorView(editor, texts, shell, this::focusFilter).show());
    }

    private void categories() {
        new CategoriesView(model.categoriesCard(), texts, shell, this::focusFilter).show();
    }

    private void history() {
        model.selectedRow().ifPresentOrElse(row -> PriceHistoryView.show(shell, texts, row.name(), model.priceHistory(),
                this::focusFilter), model::priceHistory);
    }

    private void focusFilter() {
        filter.requestFocus();
        filter.end();
    }

    private void showSelection(int index) {
        if (index < 0 || index >= table.getItems().size()) {
            table.getSelectionModel().clearSelection();
        } else {
            table.getSelectionModel().clearAndSelect(index);
            table.scrollTo(Math.max(0, index - 5));
        }
    }
}
