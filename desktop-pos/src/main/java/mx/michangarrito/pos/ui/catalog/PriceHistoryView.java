package mx.michangarrito.pos.ui.catalog;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.ui.Columns;
import mx.michangarrito.pos.ui.catalog.CatalogViewModel.PriceHistoryRow;

/** A card with a product's price and cost changes, newest first; Escape closes it. */
final class PriceHistoryView {

    private PriceHistoryView() {
    }

    static void show(Shell shell, Texts texts, String product, List<PriceHistoryRow> rows, Runnable onClose) {
        TableView<PriceHistoryRow> table = new TableView<>(FXCollections.observableArrayList(rows));
        table.setId("price-history");
        table.setPlaceholder(new Label(texts.get("history.empty")));
        table.getColumns().setAll(List.of(Columns.text(texts.get("history.when"), PriceHistoryRow::when),
                Columns.number(texts.get("history.price"), PriceHistoryRow::price),
                Columns.number(texts.get("history.cost"), PriceHistoryRow::cost),
                Columns.optional(Columns.text(texts.get("history.by"), PriceHistoryRow::by), 1)));
        Columns.fit(table);
        table.setPrefSize(900, 320);
        Runnable close = () -> {
            shell.closeOverlay();
            onClose.run();
        };
        VBox card = new VBox(10, Widgets.label(texts.get("history.title", product), "subtitle"), table,
                Widgets.key("Esc", texts.get("categories.key.close"), close));
        card.setStyle("-fx-max-width: 980px;"); // wider than a plain card: four columns of dates and "old → new"
        shell.showOverlay(card, close);
        table.requestFocus();
    }
}
