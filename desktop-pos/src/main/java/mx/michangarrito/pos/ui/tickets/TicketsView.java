package mx.michangarrito.pos.ui.tickets;

import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.sale.SaleHistory;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.user.StaffMember;

/**
 * The tickets section: search fields (Enter or F2 searches), the sales found (arrows choose), the chosen
 * sale's detail; F3 reprints it, F4 voids it (reason and a manager's PIN), F5 takes goods back.
 */
public final class TicketsView {

    private final TicketsViewModel model;
    private final Texts texts;
    private final Shell shell;
    private ListView<SaleHistory.Summary> list;

    public TicketsView(TicketsViewModel model, Texts texts, Shell shell) {
        this.model = Objects.requireNonNull(model, "model");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.shell = Objects.requireNonNull(shell, "shell");
    }

    public Parent build() {
        model.search();
        list = Widgets.boundList("tickets-list", model.found(), model.selectedProperty(), model::rowText);
        list.setPrefWidth(420);
        ListView<String> detail = new ListView<>(model.detailText());
        detail.setId("tickets-detail");
        detail.setFocusTraversable(false);
        HBox.setHgrow(detail, Priority.ALWAYS);

        GridPane form = new GridPane(12, 8);
        TextField folio = field("tickets-folio", model.folioProperty());
        form.addRow(0, caption("tickets.from"), field("tickets-from", model.fromProperty()),
                caption("tickets.to"), field("tickets-to", model.toProperty()));
        form.addRow(1, caption("tickets.folio"), folio,
                caption("tickets.amount"), field("tickets-amount", model.amountProperty()));

        FlowPane keys = new FlowPane(6, 6,
                Widgets.key("F2", texts.get("tickets.key.search"), model::search),
                Widgets.key("F3", texts.get("tickets.key.reprint"), model::reprint),
                Widgets.key("F4", texts.get("tickets.key.void"), this::voidCard),
                Widgets.key("F5", texts.get("tickets.key.return"), this::returnCard));
        keys.getStyleClass().add("key-bar");
        Label message = Widgets.message(model.messageProperty(), model.errorProperty());
        message.setId("tickets-message");

        VBox screen = new VBox(12, Widgets.label(texts.get("tickets.title"), "screen-title"), keys, form,
                Widgets.label(texts.get("tickets.hint"), "subtitle"), new HBox(24, list, detail), message);
        screen.setId("tickets");
        screen.setPadding(new Insets(4));
        screen.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = switch (e.getCode()) {
                case F2 -> model::search;
                case F3 -> model::reprint;
                case F4 -> this::voidCard;
                case F5 -> this::returnCard;
                default -> null;
            };
            if (action != null && !shell.hasOverlay()) {
                e.consume();
                action.run();
            }
        });
        Platform.runLater(folio::requestFocus);
        return screen;
    }

    private TextField field(String id, javafx.beans.property.StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> {
            model.search();
            list.requestFocus();
        });
        return field;
    }

    private void voidCard() {
        if (!model.canVoid()) {
            return;
        }
        ListView<StaffMember> managers = Widgets.showingNames(new ListView<>());
        managers.setId("void-approvers");
        managers.getItems().setAll(model.approvers());
        managers.getSelectionModel().selectFirst();
        managers.setPrefHeight(140);
        TextField reason = new TextField();
        reason.setId("void-reason");
        PasswordField pin = new PasswordField();
        pin.setId("void-pin");
        Runnable close = () -> {
            shell.closeOverlay();
            list.requestFocus();
        };
        Runnable confirm = () -> {
            StaffMember who = managers.getSelectionModel().getSelectedItem();
            String typed = pin.getText();
            pin.clear();
            model.voidSale(who == null ? null : who.id(), typed, reason.getText(), close);
        };
        reason.setOnAction(e -> pin.requestFocus());
        pin.setOnAction(e -> confirm.run());
        Button ok = new Button(texts.get("tickets.void.confirm"));
        ok.setOnAction(e -> confirm.run());
        Button cancel = new Button(texts.get("prompt.cancel"));
        cancel.setOnAction(e -> close.run());
        VBox card = new VBox(8, Widgets.label(texts.get("tickets.void.title",
                model.detailProperty().get().sale().folio()), "subtitle"),
                new Label(texts.get("tickets.void.reason")), reason, new Label(texts.get("approval.reason")), managers,
                new Label(texts.get("login.pin")), pin, Widgets.message(model.messageProperty(), model.errorProperty()),
                new HBox(12, ok, cancel));
        card.setId("void-card");
        shell.showOverlay(card, close);
        Platform.runLater(reason::requestFocus);
    }

    private void returnCard() {
        if (!model.canReturn()) {
            return;
        }
        new ReturnCard(model, texts, shell, () -> list.requestFocus()).show();
    }

    private Label caption(String key) {
        return Widgets.label(texts.get(key), "caption");
    }
}
