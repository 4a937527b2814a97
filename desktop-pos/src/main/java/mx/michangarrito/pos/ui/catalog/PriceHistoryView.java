package mx.michangarrito.pos.ui.catalog;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.ui.catalog.CatalogViewModel.PriceHistoryRow;

/** A card with a product's price and cost changes, newest first; Escape closes it. */
final class PriceHistoryView {

    private PriceHistoryView() {
    }

    static void show(Shell shell, Texts texts, String product, List<PriceHistoryRow> rows, Runnable onClose) {
        TableView<PriceHistoryRow> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId("price-history");
        table.setPlaceholder(new Label(texts.get("history.empty")));
        table.getColumns().setAll(List.of(column(texts.get("history.when"), PriceHistoryRow::when),
                column(texts.get("history.price"), PriceHistoryRow::price),
                column(texts.get("history.cost"), PriceHistoryRow::cost),
                column(texts.get("history.by"), PriceHistoryRow::by)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefSize(760, 320);
        Runnable close = () -> {
            shell.closeOverlay();
            onClose.run();
        };
        VBox card = new VBox(10, Widgets.label(texts.get("history.title", product), "subtitle"), table,
                Widgets.key("Esc", texts.get("categories.key.close"), close));
        shell.showOverlay(card, close);
        table.requestFocus();
    }

    private static TableColumn<PriceHistoryRow, String> column(String title, Function<PriceHistoryRow, String> value) {
        TableColumn<PriceHistoryRow, String> col = new TableColumn<>(title);
        col.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        col.setSortable(false);
        return col;
    }
}
