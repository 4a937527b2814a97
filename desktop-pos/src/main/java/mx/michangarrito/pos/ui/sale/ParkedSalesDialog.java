package mx.michangarrito.pos.ui.sale;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import mx.michangarrito.pos.sale.ParkedSale;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/** F6: the parked sales, newest first; Enter resumes the chosen one. */
final class ParkedSalesDialog {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final SaleViewModel model;
    private final Texts texts;
    private final Shell shell;
    private final Runnable focusSearch;

    ParkedSalesDialog(SaleViewModel model, Texts texts, Shell shell, Runnable focusSearch) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.focusSearch = focusSearch;
    }

    void show() {
        List<ParkedSale> waiting = model.parkedSales();
        ListView<ParkedSale> list = new ListView<>();
        list.setId("parked");
        list.getItems().setAll(waiting);
        list.setPlaceholder(new Label(texts.get("parked.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ParkedSale p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : texts.get("parked.row", p.label(),
                        HH_MM.format(p.parkedAt().atZone(ZoneId.systemDefault()))));
            }
        });
        Runnable resume = () -> {
            ParkedSale chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                shell.closeOverlay();
                model.resume(chosen.id());
                focusSearch.run();
            }
        };
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                resume.run();
            }
        });
        list.setOnMouseClicked(e -> resume.run());
        list.setPrefHeight(320);
        Button ok = new Button(texts.get("prompt.ok"));
        ok.setOnAction(e -> resume.run());
        Button cancel = new Button(texts.get("prompt.cancel"));
        Runnable close = () -> {
            shell.closeOverlay();
            focusSearch.run();
        };
        cancel.setOnAction(e -> close.run());
        VBox card = new VBox(Widgets.label(texts.get("parked.title"), "subtitle"), list,
                new HBox(12, ok, cancel));
        shell.showOverlay(card, close);
        if (!waiting.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        Platform.runLater(list::requestFocus);
    }
}
