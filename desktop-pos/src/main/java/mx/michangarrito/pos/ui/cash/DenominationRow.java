package mx.michangarrito.pos.ui.cash;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import mx.michangarrito.pos.cash.Denomination;

/** One bill or coin in the counting form: how many were counted (as typed) and what they add up to. */
public final class DenominationRow {

    private final Denomination denomination;
    private final String label;
    private final StringProperty count = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper subtotal = new ReadOnlyStringWrapper("");

    DenominationRow(Denomination denomination, String label) {
        this.denomination = denomination;
        this.label = label;
    }

    public Denomination denomination() {
        return denomination;
    }

    public String label() {
        return label;
    }

    /** Pieces counted, as typed; empty means none. */
    public StringProperty countProperty() {
        return count;
    }

    public ReadOnlyStringProperty subtotalProperty() {
        return subtotal.getReadOnlyProperty();
    }

    void setSubtotal(String text) {
        subtotal.set(text);
    }

    /** The count, or -1 when what was typed is not a whole number of pieces. */
    int pieces() {
        String text = count.get() == null ? "" : count.get().strip();
        if (text.isEmpty()) {
            return 0;
        }
        return text.matches("\\d{1,5}") ? Integer.parseInt(text) : -1;
    }
}
