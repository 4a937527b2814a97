package mx.michangarrito.pos.ui.payment;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import mx.michangarrito.pos.device.CardPayments;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.shared.money.Money;

/**
 * The card key with a terminal: sends what is owed (or the typed amount) to the terminal, waits (the
 * cashier can cancel), and records an approval as a card tender with its authorisation and masked card.
 * A decline, an error or a timeout leaves the payment open with a message saying what to do: try the
 * terminal again, take another tender, or type the voucher's authorisation number (the manual card path).
 */
public final class CardTerminalViewModel {

    /** Where the card charge stands. */
    public enum State {
        /** No charge in progress. */
        IDLE,
        /** The terminal has the amount; the customer pays on it. */
        WAITING,
        /** The last charge did not go through: retry, another tender, or manual entry. */
        FAILED
    }

    private final CardPayments terminal;
    private final PaymentViewModel payment;
    private final Texts texts;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.IDLE);

    public CardTerminalViewModel(CardPayments terminal, PaymentViewModel payment, Texts texts) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.payment = Objects.requireNonNull(payment, "payment");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public boolean waiting() {
        return state.get() == State.WAITING;
    }

    /** The card key: charges on the terminal what is owed, or the typed amount. */
    public void charge() {
        if (waiting()) {
            return;
        }
        Optional<Money> amount = payment.cardAmount();
        if (amount.isEmpty()) {
            return;
        }
        state.set(State.WAITING);
        payment.say(texts.get("payment.card.waiting", texts.money(amount.get())));
        terminal.charge(amount.get().centavos(), this::ended);
    }

    /** Escape while waiting: the terminal is told to stop; the outcome arrives as cancelled. */
    public void cancel() {
        if (waiting()) {
            payment.say(texts.get("payment.card.cancelling"));
            terminal.cancel();
        }
    }

    /** Back to the other tenders after a failed charge (the message stays until the next action). */
    public void dismiss() {
        if (state.get() == State.FAILED) {
            state.set(State.IDLE);
        }
    }

    private void ended(CardPayments.Charge charge) {
        if (charge.outcome() == CardPayments.Outcome.APPROVED) {
            state.set(State.IDLE);
            String reference = Stream.of(charge.authorisation(), charge.maskedCard()).flatMap(Optional::stream)
                    .collect(Collectors.joining(" "));
            if (reference.isEmpty()) {
                // Approved without a reference: the cashier types the voucher's number by hand.
                state.set(State.FAILED);
                payment.say(texts.get("payment.card.no-reference"));
                return;
            }
            payment.say("");
            payment.cardApproved(Money.ofCentavos(charge.amountCentavos()), reference);
            return;
        }
        state.set(State.FAILED);
        String said = charge.message().isBlank() ? texts.get("payment.card.failed") : charge.message();
        payment.say(said + " " + texts.get("payment.card.what-now"));
    }
}
