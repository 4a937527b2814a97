package mx.michangarrito.pos.ui.sale;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.user.StaffMember;

/** A manager's PIN for discounts above the limit; on approval the payment opens. */
final class DiscountApprovalDialog {

    private final SaleViewModel model;
    private final Texts texts;
    private final Shell shell;
    private final Runnable focusSearch;
    private final Runnable pay;

    DiscountApprovalDialog(SaleViewModel model, Texts texts, Shell shell, Runnable focusSearch, Runnable pay) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.focusSearch = focusSearch;
        this.pay = pay;
    }

    void show() {
        ListView<StaffMember> managers = new ListView<>();
        managers.setId("approvers");
        managers.getItems().setAll(model.approvers());
        Widgets.showingNames(managers);
        managers.getSelectionModel().selectFirst();
        managers.setPrefHeight(160);
        PasswordField pin = new PasswordField();
        pin.setId("approval-pin");
        Runnable close = () -> {
            shell.closeOverlay();
            focusSearch.run();
        };
        Runnable approve = () -> {
            StaffMember who = managers.getSelectionModel().getSelectedItem();
            String typed = pin.getText();
            pin.clear();
            if (who != null && model.approveDiscounts(who.id(), typed)) {
                shell.closeOverlay();
                pay.run();
            }
        };
        pin.setOnAction(e -> approve.run());
        Button ok = new Button(texts.get("prompt.ok"));
        ok.setOnAction(e -> approve.run());
        Button cancel = new Button(texts.get("prompt.cancel"));
        cancel.setOnAction(e -> close.run());
        VBox card = new VBox(Widgets.label(texts.get("approval.title"), "subtitle"),
                new Label(texts.get("approval.reason")), managers, new Label(texts.get("login.pin")), pin,
                Widgets.message(model.messageProperty(), model.messageIsErrorProperty()), new HBox(12, ok, cancel));
        shell.showOverlay(card, close);
        Platform.runLater(pin::requestFocus);
    }
}
