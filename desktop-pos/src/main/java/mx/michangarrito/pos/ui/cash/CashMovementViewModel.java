package mx.michangarrito.pos.ui.cash;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import mx.michangarrito.pos.cash.ShiftService;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.money.MoneyFormat;

/** Cash put into or taken out of the drawer outside a sale (change brought in, paying a supplier), with a reason. */
public final class CashMovementViewModel {

    private final ShiftService shifts;
    private final Operator cashier;
    private final Texts texts;
    private final ReadOnlyBooleanWrapper cashOut = new ReadOnlyBooleanWrapper(true);
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public CashMovementViewModel(ShiftService shifts, Operator cashier, Texts texts) {
        this.shifts = Objects.requireNonNull(shifts, "shifts");
        this.cashier = Objects.requireNonNull(cashier, "cashier");
        this.texts = Objects.requireNonNull(texts, "texts");
        chooseOut(true);
    }

    /** True for a cash out (salida), false for a cash in (entrada). */
    public ReadOnlyBooleanProperty cashOutProperty() {
        return cashOut.getReadOnlyProperty();
    }

    public void chooseOut(boolean out) {
        cashOut.set(out);
        title.set(texts.get(out ? "cash.out.title" : "cash.in.title"));
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Records the movement; returns the confirmation to show on the sale screen, or null if refused. */
    public String save() {
        try {
            Money money = MoneyFormat.parse(amount.get());
            if (cashOut.get()) {
                shifts.cashOut(cashier.userId(), money, reason.get());
            } else {
                shifts.cashIn(cashier.userId(), money, reason.get());
            }
            message.set("");
            return texts.get(cashOut.get() ? "cash.out.done" : "cash.in.done", texts.money(money), reason.get().strip());
        } catch (RuntimeException e) {
            message.set(texts.error(e));
            return null;
        }
    }
}
