package mx.michangarrito.pos.ui.devices;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One device's line in the devices settings: the saved address, the address being chosen, the
 * candidates detection found, and its live status (with whether that status is a problem).
 */
public final class DeviceRow {

    private final DeviceSlot slot;
    private final ReadOnlyStringWrapper saved = new ReadOnlyStringWrapper("");
    private final StringProperty chosen = new SimpleStringProperty("");
    private final ObservableList<String> candidates = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);

    DeviceRow(DeviceSlot slot) {
        this.slot = Objects.requireNonNull(slot, "slot");
    }

    public DeviceSlot slot() {
        return slot;
    }

    /** The address in the settings (what the next start uses). */
    public ReadOnlyStringProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** The address the owner picked or typed, saved by {@link DevicesViewModel#save}. */
    public StringProperty chosenProperty() {
        return chosen;
    }

    /** {@code sim:}, {@code none} and what detection found. */
    public ObservableList<String> candidates() {
        return candidates;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    void saved(String address) {
        saved.set(address);
        chosen.set(address);
    }

    void status(String text, boolean isProblem) {
        status.set(text);
        problem.set(isProblem);
    }
}
