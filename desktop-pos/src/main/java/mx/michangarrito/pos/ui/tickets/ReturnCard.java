package mx.michangarrito.pos.ui.tickets;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.sale.SaleHistory;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/**
 * Taking goods back: arrows choose a line, the quantity typed and Enter marks it to come back, the refund
 * tender and a reason are chosen, F12 records the return (Escape leaves without returning anything).
 */
final class ReturnCard {

    private final TicketsViewModel model;
    private final Texts texts;
    private final Shell shell;
    private final Runnable afterClose;
    private final Map<UUID, BigDecimal> chosen = new LinkedHashMap<>();

    ReturnCard(TicketsViewModel model, Texts texts, Shell shell, Runnable afterClose) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.afterClose = afterClose;
    }

    void show() {
        SaleHistory.Detail detail = model.detailProperty().get();
        ListView<SaleHistory.DetailLine> lines = new ListView<>(FXCollections.observableArrayList(
                detail.lines().stream().filter(l -> l.returnable().signum() > 0).toList()));
        lines.setId("return-lines");
        lines.setPrefHeight(180);
        lines.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SaleHistory.DetailLine l, boolean empty) {
                super.updateItem(l, empty);
                if (empty || l == null) {
                    setText(null);
                    return;
                }
                BigDecimal back = chosen.get(l.saleLineId());
                setText(texts.get("tickets.return.line", l.description(), plain(l.returnable()),
                        back == null ? "0" : plain(back)));
            }
        });
        lines.getSelectionModel().selectFirst();
        TextField quantity = new TextField();
        quantity.setId("return-quantity");
        ChoiceBox<TenderKind> tender = new ChoiceBox<>(FXCollections.observableArrayList(model.refundTenders()));
        tender.setId("return-tender");
        tender.setConverter(new StringConverter<>() {
            @Override
            public String toString(TenderKind kind) {
                return kind == null ? "" : texts.get("tickets.tender." + kind.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public TenderKind fromString(String string) {
                throw new UnsupportedOperationException("tenders are chosen, not typed");
            }
        });
        tender.getSelectionModel().selectFirst();
        TextField reason = new TextField();
        reason.setId("return-reason");
        Label hint = new Label(texts.get("tickets.return.hint"));
        hint.setWrapText(true);
        Runnable close = () -> {
            shell.closeOverlay();
            afterClose.run();
        };
        quantity.setOnAction(e -> {
            SaleHistory.DetailLine line = lines.getSelectionModel().getSelectedItem();
            if (line != null) {
                try {
                    BigDecimal q = new BigDecimal(quantity.getText().strip());
                    if (q.signum() <= 0) {
                        chosen.remove(line.saleLineId());
                    } else {
                        chosen.put(line.saleLineId(), q);
                    }
                    quantity.clear();
                    lines.refresh();
                } catch (NumberFormatException bad) {
                    hint.setText(texts.get("tickets.return.bad-quantity", quantity.getText()));
                }
            }
        });
        Runnable confirm = () -> model.returnItems(Map.copyOf(chosen), tender.getValue(), reason.getText(), close);
        Button ok = Widgets.key("F12", texts.get("tickets.return.confirm"), confirm);
        Button cancel = new Button(texts.get("prompt.cancel"));
        cancel.setOnAction(e -> close.run());
        VBox card = new VBox(8, Widgets.label(texts.get("tickets.return.title", detail.sale().folio()), "subtitle"),
                hint, lines, new Label(texts.get("tickets.return.quantity")), quantity,
                new Label(texts.get("tickets.return.tender")), tender, new Label(texts.get("tickets.return.reason")),
                reason, Widgets.message(model.messageProperty(), model.errorProperty()), new HBox(12, ok, cancel));
        card.setId("return-card");
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F12) {
                e.consume();
                confirm.run();
            }
        });
        shell.showOverlay(card, close);
        Platform.runLater(lines::requestFocus);
    }

    private static String plain(BigDecimal q) {
        return q.stripTrailingZeros().toPlainString();
    }
}
