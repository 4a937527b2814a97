package mx.michangarrito.pos.ui.customers;

import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import mx.michangarrito.pos.fiado.PaymentTender;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;

/**
 * The customers section: a filter (name or phone), the accounts (arrows choose) with the chosen one's
 * card (statement of the typed period, history of limits and deactivations); Enter in the amount or F5
 * takes a payment, F2 starts a new customer, F3 edits the chosen one, F4 saves the form, F6 shows only
 * those who owe, F7 prints the statement, F8 deactivates or reactivates, F9 shows the inactive ones.
 */
public final class CustomersView {

    private final CustomersViewModel model;
    private final Texts texts;

    public CustomersView(CustomersViewModel model, Texts texts) {
        this.model = Objects.requireNonNull(model, "model");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public Parent build() {
        model.load();
        TextField filter = field("customers-filter", model.filterProperty());
        CheckBox owing = new CheckBox(texts.get("customers.only-owing"));
        owing.setId("customers-only-owing");
        owing.selectedProperty().bindBidirectional(model.onlyOwingProperty());
        CheckBox inactive = new CheckBox(texts.get("customers.only-inactive"));
        inactive.setId("customers-only-inactive");
        inactive.selectedProperty().bindBidirectional(model.onlyInactiveProperty());
        ListView<CustomersViewModel.Row> list = Widgets.boundList("customers-list", model.rows(),
                model.selectedProperty(), model::rowText);
        list.setPrefWidth(520);
        filter.setOnAction(e -> {
            if (!model.rows().isEmpty()) {
                list.getSelectionModel().selectFirst();
                list.requestFocus();
            }
        });
        ListView<String> statement = new ListView<>(model.statement());
        statement.setId("customers-statement");
        statement.setFocusTraversable(false);
        ListView<String> history = new ListView<>(model.history());
        history.setId("customers-history");
        history.setFocusTraversable(false);
        history.setPrefHeight(110);
        VBox card = new VBox(8, statement, caption("customers.history.title"), history);
        VBox.setVgrow(statement, Priority.ALWAYS);
        HBox.setHgrow(card, Priority.ALWAYS);
        TextField from = field("customers-from", model.fromProperty());
        TextField to = field("customers-to", model.toProperty());
        from.setOnAction(e -> model.showPeriod());
        to.setOnAction(e -> model.showPeriod());

        TextField amount = field("customers-amount", model.amountProperty());
        amount.setOnAction(e -> model.pay());
        ChoiceBox<PaymentTender> tender = new ChoiceBox<>(FXCollections.observableArrayList(PaymentTender.values()));
        tender.setId("customers-tender");
        tender.setConverter(new StringConverter<>() {
            @Override
            public String toString(PaymentTender value) {
                return value == null ? "" : model.tenderText(value);
            }

            @Override
            public PaymentTender fromString(String string) {
                throw new UnsupportedOperationException("tenders are chosen, not typed");
            }
        });
        tender.valueProperty().bindBidirectional(model.tenderProperty());
        TextField name = field("customers-name", model.nameProperty());
        TextField phone = field("customers-phone", model.phoneProperty());
        TextField limit = field("customers-limit", model.limitProperty());
        limit.setDisable(!model.canChangeLimits());
        GridPane form = new GridPane(12, 8);
        form.addRow(0, caption("customers.amount"), amount, caption("customers.tender"), tender);
        form.addRow(1, caption("customers.name"), name, caption("customers.phone"), phone);
        form.addRow(2, caption("customers.limit"), limit, caption("customers.reason"),
                field("customers-reason", model.reasonProperty()));

        FlowPane keys = new FlowPane(6, 6,
                Widgets.key("F2", texts.get("customers.key.new"), () -> {
                    model.newCustomer();
                    name.requestFocus();
                }),
                Widgets.key("F3", texts.get("customers.key.edit"), () -> {
                    model.editChosen();
                    name.requestFocus();
                }),
                Widgets.key("F4", texts.get("customers.key.save"), model::save),
                Widgets.key("F5", texts.get("customers.key.pay"), model::pay),
                Widgets.key("F6", texts.get("customers.key.owing"), () -> owing.setSelected(!owing.isSelected())),
                Widgets.key("F7", texts.get("customers.key.print"), model::printStatement),
                Widgets.key("F8", texts.get("customers.key.active"), model::toggleActive),
                Widgets.key("F9", texts.get("customers.key.inactive"),
                        () -> inactive.setSelected(!inactive.isSelected())));
        keys.getStyleClass().add("key-bar");
        Label message = Widgets.message(model.messageProperty(), model.errorProperty());
        message.setId("customers-message");

        VBox screen = new VBox(12, Widgets.label(texts.get("customers.title"), "screen-title"), keys,
                new HBox(12, caption("customers.filter"), filter, owing, inactive),
                Widgets.label(texts.get("customers.hint"), "subtitle"),
                new HBox(12, caption("customers.from"), from, caption("customers.to"), to),
                Widgets.label(texts.get("customers.period-hint"), "subtitle"), new HBox(24, list, card), form, message);
        screen.setId("customers");
        screen.setPadding(new Insets(4));
        screen.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            Runnable action = switch (e.getCode()) {
                case F2 -> () -> {
                    model.newCustomer();
                    name.requestFocus();
                };
                case F3 -> () -> {
                    model.editChosen();
                    name.requestFocus();
                };
                case F4 -> model::save;
                case F5 -> model::pay;
                case F6 -> () -> owing.setSelected(!owing.isSelected());
                case F7 -> model::printStatement;
                case F8 -> model::toggleActive;
                case F9 -> () -> inactive.setSelected(!inactive.isSelected());
                default -> null;
            };
            if (action != null) {
                e.consume();
                action.run();
            }
        });
        Platform.runLater(filter::requestFocus);
        return screen;
    }

    private static TextField field(String id, StringProperty value) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        return field;
    }

    private Label caption(String key) {
        return Widgets.label(texts.get(key), "caption");
    }
}
