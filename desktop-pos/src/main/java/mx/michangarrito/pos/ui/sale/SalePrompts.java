package mx.michangarrito.pos.ui.sale;

import javafx.application.Platform;
import mx.michangarrito.pos.ui.Prompt;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;

/** The one-field questions of the sale screen: quantity, weight, discounts, a label for a parked sale. */
final class SalePrompts {

    private final SaleViewModel model;
    private final Texts texts;
    private final Shell shell;
    private final Runnable focusSearch;

    SalePrompts(SaleViewModel model, Texts texts, Shell shell, Runnable focusSearch) {
        this.model = model;
        this.texts = texts;
        this.shell = shell;
        this.focusSearch = focusSearch;
    }

    private String selectedName() {
        int i = model.selectedProperty().get();
        return i < 0 ? "" : model.lines().get(i).description();
    }

    void askQuantity() {
        if (model.selectedProperty().get() < 0) {
            model.setQuantity("");
            return;
        }
        String current = model.lines().get(model.selectedProperty().get()).quantity().replace(" kg", "");
        Prompt.show(shell, texts, texts.get("prompt.quantity", selectedName()), current, model.messageProperty(),
                model.messageIsErrorProperty(), model::setQuantity, focusSearch);
    }

    void askWeight(String productName) {
        Prompt.show(shell, texts, texts.get("prompt.weight", productName), "", model.messageProperty(),
                model.messageIsErrorProperty(), model::enterWeight, () -> {
                    model.cancelWeight();
                    focusSearch.run();
                });
    }

    void askLineDiscount() {
        if (model.selectedProperty().get() < 0) {
            model.lineDiscount("");
            return;
        }
        Prompt.show(shell, texts, texts.get("prompt.line-discount", selectedName()), "", model.messageProperty(),
                model.messageIsErrorProperty(), model::lineDiscount, focusSearch);
    }

    void askTicketDiscount() {
        if (model.emptyProperty().get()) {
            model.ticketDiscount("");
            return;
        }
        Prompt.show(shell, texts, texts.get("prompt.ticket-discount"), "", model.messageProperty(),
                model.messageIsErrorProperty(), model::ticketDiscount, focusSearch);
    }

    void askPark() {
        if (model.emptyProperty().get()) {
            model.park("");
            return;
        }
        Prompt.show(shell, texts, texts.get("prompt.park"), "", model.messageProperty(), model.messageIsErrorProperty(),
                label -> {
                    boolean done = model.park(label);
                    if (done) {
                        Platform.runLater(focusSearch);
                    }
                    return done;
                }, focusSearch);
    }
}
