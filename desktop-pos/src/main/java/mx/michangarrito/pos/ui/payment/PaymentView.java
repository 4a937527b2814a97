package mx.michangarrito.pos.ui.payment;

import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import mx.michangarrito.pos.fiado.Customer;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.user.StaffMember;

/**
 * The payment card over the sale: total, what is still due, tenders so far, the amount received, a key
 * per tender and per quick cash amount, and the change in big green figures once the sale is stored.
 * Enter with an amount typed takes it as cash; Escape goes back to the sale (or on to the next one).
 */
public final class PaymentView {

    private enum Pending { NONE, CARD, TRANSFER, FIADO }

    private final PaymentViewModel model;
    private final Texts texts;
    private final Shell shell;
    private final Runnable onClosed;
    private final TextField amount = new TextField();
    private final TextField reference = new TextField();
    private final Label referenceLabel = new Label();
    private final TextField customerSearch = new TextField();
    private final ListView<Customer> customers = new ListView<>();
    private final VBox referenceBox = new VBox(4);
    private final VBox customerBox = new VBox(4);
    private final VBox approvalBox = new VBox(4);
    private final ListView<StaffMember> approvers = new ListView<>();
    private final PasswordField approvalPin = new PasswordField();
    private Pending pending = Pending.NONE;
    private final BooleanProperty terminalWaiting = new SimpleBooleanProperty(false);

    public PaymentView(PaymentViewModel model, Texts texts, Shell shell, Runnable onClosed) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.onClosed = onClosed;
    }

    public void show() {
        model.cardTerminal().ifPresent(t -> {
            terminalWaiting.bind(t.stateProperty().isEqualTo(CardTerminalViewModel.State.WAITING));
            t.stateProperty().addListener((obs, was, now) -> terminalChanged(now));
        });
        Label total = Widgets.label(model.total(), "big-figure");
        total.setId("pay-total");
        Label remaining = Widgets.label("", "big-figure");
        remaining.setId("pay-remaining");
        remaining.textProperty().bind(model.remainingProperty());
        Label change = Widgets.label("", "change");
        change.setId("pay-change");
        change.textProperty().bind(model.changeProperty());
        Label changeCaption = Widgets.label(texts.get("payment.change"), "caption");
        changeCaption.visibleProperty().bind(model.completedProperty().isNotNull());
        change.visibleProperty().bind(model.completedProperty().isNotNull());

        GridPane figures = new GridPane(30, 4);
        figures.addRow(0, Widgets.label(texts.get("payment.total"), "caption"),
                Widgets.label(texts.get("payment.remaining"), "caption"), changeCaption);
        figures.addRow(1, total, remaining, change);

        ListView<String> tenders = new ListView<>(model.tenderRows());
        tenders.setId("tenders");
        tenders.setPrefHeight(84);
        tenders.setFocusTraversable(false);
        tenders.setPlaceholder(new Label(""));

        amount.setId("pay-amount");
        amount.setPromptText(model.total());
        amount.textProperty().bindBidirectional(model.amountProperty());
        amount.setOnAction(e -> enter());

        reference.setId("pay-reference");
        reference.setOnAction(e -> enter());
        referenceBox.getChildren().setAll(referenceLabel, reference);
        referenceBox.setVisible(false);
        referenceBox.managedProperty().bind(referenceBox.visibleProperty());

        customerSearch.setId("customer-search");
        customerSearch.setPromptText(texts.get("payment.customer.prompt"));
        customerSearch.textProperty().addListener((obs, was, now) -> {
            model.searchCustomers(now);
            customers.getSelectionModel().selectFirst();
        });
        customerSearch.setOnAction(e -> enter());
        customers.setId("customers");
        customers.setItems(model.customerResults());
        customers.setPrefHeight(120);
        customers.setFocusTraversable(false);
        customers.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Customer c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + c.phone().map(p -> "  " + p).orElse(""));
            }
        });
        customerBox.getChildren().setAll(Widgets.label(texts.get("payment.customer.title"), "caption"),
                customerSearch, customers);
        customerBox.setVisible(false);
        customerBox.managedProperty().bind(customerBox.visibleProperty());

        approvers.setId("fiado-approvers");
        approvers.setPrefHeight(90);
        approvers.setFocusTraversable(false);
        Widgets.showingNames(approvers);
        approvalPin.setId("fiado-pin");
        approvalPin.setOnAction(e -> {
            StaffMember who = approvers.getSelectionModel().getSelectedItem();
            String pin = approvalPin.getText();
            approvalPin.clear();
            model.approveFiado(who == null ? null : who.id(), pin);
        });
        approvalBox.getChildren().setAll(Widgets.label(texts.get("payment.fiado.approval"), "caption"), approvers,
                new Label(texts.get("login.pin")), approvalPin);
        approvalBox.visibleProperty().bind(model.needsManagerProperty());
        approvalBox.managedProperty().bind(approvalBox.visibleProperty());
        model.needsManagerProperty().addListener((obs, was, now) -> {
            if (now) {
                customerBox.setVisible(false);
                approvers.getItems().setAll(model.approvers());
                approvers.getSelectionModel().selectFirst();
                Platform.runLater(approvalPin::requestFocus);
            } else {
                pending = Pending.NONE;
                Platform.runLater(amount::requestFocus);
            }
        });

        FlowPane keys = new FlowPane(6, 6,
                Widgets.key("F1", texts.get("payment.key.cash"), other(model::cash)),
                Widgets.key("F2", texts.get("payment.key.card"), () -> ask(Pending.CARD)),
                Widgets.key("F3", texts.get("payment.key.transfer"),
                        other(() -> ask(Pending.TRANSFER))),
                Widgets.key("F4", texts.get("payment.key.fiado"), other(() -> ask(Pending.FIADO))),
                Widgets.key("F5", "$50", other(() -> model.quickCash(50))),
                Widgets.key("F6", "$100", other(() -> model.quickCash(100))),
                Widgets.key("F7", "$200", other(() -> model.quickCash(200))),
                Widgets.key("F8", "$500", other(() -> model.quickCash(500))),
                Widgets.key("F9", texts.get("payment.key.exact"), other(model::exactCash)),
                Widgets.key("F10", texts.get("payment.key.undo"), this::undo),
                Widgets.key("Esc", texts.get("payment.key.close"), this::close));
        keys.disableProperty().bind(model.completedProperty().isNotNull().or(model.busyProperty())
                .or(terminalWaiting));

        Button next = new Button(texts.get("payment.next"));
        next.setId("pay-next");
        next.setOnAction(e -> close());
        next.visibleProperty().bind(model.completedProperty().isNotNull());
        next.managedProperty().bind(next.visibleProperty());

        Label message = Widgets.message(model.messageProperty(), null);
        message.setId("pay-message");

        VBox card = new VBox(Widgets.label(texts.get("payment.title"), "screen-title"), figures, tenders,
                Widgets.label(texts.get("payment.amount"), "caption"), amount,
                referenceBox, customerBox, approvalBox, keys, message, next);
        card.setAlignment(Pos.TOP_LEFT);
        card.setMaxWidth(820);
        card.addEventFilter(KeyEvent.KEY_PRESSED, e -> keyPressed(e));
        model.completedProperty().addListener((obs, was, now) -> {
            if (now != null) {
                referenceBox.setVisible(false);
                customerBox.setVisible(false);
                Platform.runLater(next::requestFocus);
            }
        });
        shell.showOverlay(card, this::close);
        Platform.runLater(amount::requestFocus);
    }

    private void keyPressed(KeyEvent e) {
        if (terminalWaiting.get()) {
            e.consume(); // only Escape (cancel) while the terminal has the charge
            return;
        }
        if (model.completedProperty().get() != null) {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                close();
            }
            return;
        }
        Runnable action = switch (e.getCode()) {
            case F1 -> other(model::cash);
            case F2 -> () -> ask(Pending.CARD);
            case F3 -> other(() -> ask(Pending.TRANSFER));
            case F4 -> other(() -> ask(Pending.FIADO));
            case F5 -> other(() -> model.quickCash(50));
            case F6 -> other(() -> model.quickCash(100));
            case F7 -> other(() -> model.quickCash(200));
            case F8 -> other(() -> model.quickCash(500));
            case F9 -> other(model::exactCash);
            case F10 -> this::undo;
            case UP, DOWN -> model.needsManagerProperty().get() ? () -> moveApprover(e.getCode() == KeyCode.UP ? -1 : 1)
                    : pending == Pending.FIADO ? () -> moveCustomer(e.getCode() == KeyCode.UP ? -1 : 1) : null;
            default -> null;
        };
        if (action != null) {
            e.consume();
            action.run();
        }
    }

    /** Another tender than the card: a failed terminal charge is left behind. */
    private Runnable other(Runnable action) {
        return () -> {
            model.cardTerminal().ifPresent(CardTerminalViewModel::dismiss);
            action.run();
        };
    }

    /** Waiting hides the manual entry; a failed charge offers it (retry with F2, or another tender). */
    private void terminalChanged(CardTerminalViewModel.State now) {
        switch (now) {
            case WAITING -> {
                referenceBox.setVisible(false);
                customerBox.setVisible(false);
            }
            case FAILED -> {
                pending = Pending.CARD;
                referenceLabel.setText(texts.get("payment.card.manual"));
                reference.clear();
                referenceBox.setVisible(true);
                customerBox.setVisible(false);
                Platform.runLater(reference::requestFocus);
            }
            case IDLE -> {
                if (pending == Pending.CARD) {
                    pending = Pending.NONE;
                    referenceBox.setVisible(false);
                }
                if (model.completedProperty().get() == null) {
                    Platform.runLater(amount::requestFocus);
                }
            }
        }
    }

    private void ask(Pending kind) {
        if (kind == Pending.CARD && model.cardTerminal().isPresent()) {
            pending = Pending.NONE;
            model.cardTerminal().get().charge();
            return;
        }
        pending = kind;
        referenceBox.setVisible(kind == Pending.CARD || kind == Pending.TRANSFER);
        customerBox.setVisible(kind == Pending.FIADO);
        if (kind == Pending.FIADO) {
            model.searchCustomers(customerSearch.getText());
            customers.getSelectionModel().selectFirst();
            customerSearch.requestFocus();
        } else if (kind != Pending.NONE) {
            referenceLabel.setText(texts.get(kind == Pending.CARD ? "prompt.card" : "prompt.transfer"));
            reference.clear();
            reference.requestFocus();
        }
    }

    /** F10: drops a fiado waiting for approval, else takes back the last payment. */
    private void undo() {
        if (model.needsManagerProperty().get()) {
            model.dropFiado();
        } else {
            model.removeLast();
        }
    }

    private void moveApprover(int step) {
        int size = approvers.getItems().size();
        if (size > 0) {
            approvers.getSelectionModel().clearAndSelect(Math.clamp(
                    approvers.getSelectionModel().getSelectedIndex() + step, 0, size - 1));
        }
    }

    private void moveCustomer(int step) {
        int size = customers.getItems().size();
        if (size > 0) {
            int next = Math.clamp(customers.getSelectionModel().getSelectedIndex() + step, 0, size - 1);
            customers.getSelectionModel().clearAndSelect(next);
            customers.scrollTo(next);
        }
    }

    /** Enter: the pending card/transfer/fiado tender, or cash for the typed amount. */
    private void enter() {
        switch (pending) {
            case CARD -> model.card(reference.getText());
            case TRANSFER -> model.transfer(reference.getText());
            case FIADO -> {
                Customer chosen = customers.getSelectionModel().getSelectedItem();
                model.fiado(chosen == null ? null : chosen.id());
            }
            case NONE -> model.cash();
        }
        if (model.messageProperty().get().isEmpty() && model.completedProperty().get() == null) {
            ask(Pending.NONE);
            amount.requestFocus();
        }
    }

    private void close() {
        if (terminalWaiting.get()) {
            model.cardTerminal().ifPresent(CardTerminalViewModel::cancel);
            return;
        }
        if (model.busyProperty().get()) {
            return;
        }
        shell.closeOverlay();
        onClosed.run();
    }
}
