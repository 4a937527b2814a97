package mx.michangarrito.pos.ui.shift;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import mx.michangarrito.pos.cash.Shift;
import mx.michangarrito.pos.cash.ShiftService;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.money.MoneyFormat;

/**
 * Opening the shift: the float (fondo de caja) the drawer starts with. A shift must be open to sell. A
 * float above {@link #MAX_FLOAT} is refused as a mistake: most often a barcode scanned into the field
 * (a scan of 7500001000014 would otherwise open the drawer with $7.5 trillion).
 */
public final class OpenShiftViewModel {

    /** The largest float a corner shop's drawer starts with; anything above is taken as a typing or scanning slip. */
    public static final Money MAX_FLOAT = Money.ofPesos(100_000);

    private final ShiftService shifts;
    private final Operator cashier;
    private final Texts texts;
    private final Consumer<Shift> onOpened;
    private final StringProperty floatAmount = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public OpenShiftViewModel(ShiftService shifts, Operator cashier, Texts texts, Consumer<Shift> onOpened) {
        this.shifts = Objects.requireNonNull(shifts, "shifts");
        this.cashier = Objects.requireNonNull(cashier, "cashier");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.onOpened = Objects.requireNonNull(onOpened, "onOpened");
    }

    public StringProperty floatAmountProperty() {
        return floatAmount;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String greeting() {
        return texts.get("shift.open.greeting", cashier.displayName());
    }

    /** Opens the shift with the typed float ($0 is allowed). */
    public void open() {
        try {
            Money amount = MoneyFormat.parse(floatAmount.get());
            if (amount.compareTo(MAX_FLOAT) > 0) {
                message.set(texts.get("shift.open.float-too-big", texts.money(amount), texts.money(MAX_FLOAT)));
                floatAmount.set("");
                return;
            }
            Shift shift = shifts.open(cashier.userId(), amount);
            message.set("");
            onOpened.accept(shift);
        } catch (RuntimeException e) {
            message.set(texts.error(e));
        }
    }
}
