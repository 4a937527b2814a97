package mx.michangarrito.pos.ui.settings;

import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.Role;
import mx.michangarrito.pos.user.StaffMember;
import mx.michangarrito.pos.user.UserService;

/**
 * The owner's user list: create a user with a PIN, give the selected one a new PIN or another role, or
 * deactivate them (asked twice). The service checks the owner's rights and keeps the last owner.
 */
public final class UsersViewModel {

    private final UserService users;
    private final Operator owner;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final ObservableList<StaffMember> list = FXCollections.observableArrayList();
    private final ObjectProperty<StaffMember> selected = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final ObjectProperty<Role> role = new SimpleObjectProperty<>(Role.CASHIER);
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty pinAgain = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private StaffMember confirmingDeactivation;

    public UsersViewModel(UserService users, Operator owner, Texts texts, TaskExecutor tasks) {
        this.users = Objects.requireNonNull(users, "users");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    public void load() {
        StaffMember was = selected.get();
        list.setAll(users.listActive());
        selected.set(was == null ? null : list.stream().filter(m -> m.id().equals(was.id())).findFirst().orElse(null));
    }

    public ObservableList<StaffMember> users() {
        return list;
    }

    public ObjectProperty<StaffMember> selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<Role> roleProperty() {
        return role;
    }

    public StringProperty pinProperty() {
        return pin;
    }

    public StringProperty pinAgainProperty() {
        return pinAgain;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Creates a user from the name, role and PIN typed twice. */
    public void create() {
        if (!pinsMatch()) {
            return;
        }
        String newName = name.get();
        Role newRole = role.get();
        String newPin = pin.get();
        run(() -> users.createUser(owner, newName, newRole, newPin), created -> {
            name.set("");
            clearPins();
            selected.set(created);
            return texts.get("users.created", created.displayName(), roleText(created.role()));
        });
    }

    /** Gives the selected user the PIN typed twice. */
    public void changePin() {
        StaffMember target = requireSelected();
        if (target == null || !pinsMatch()) {
            return;
        }
        String newPin = pin.get();
        run(() -> {
            users.changePin(owner, target.id(), newPin);
            return target;
        }, changed -> {
            clearPins();
            return texts.get("users.pin-changed", changed.displayName());
        });
    }

    /** Gives the selected user the chosen role. */
    public void changeRole() {
        StaffMember target = requireSelected();
        if (target == null) {
            return;
        }
        Role newRole = role.get();
        run(() -> {
            users.changeRole(owner, target.id(), newRole);
            return target;
        }, changed -> texts.get("users.role-changed", changed.displayName(), roleText(newRole)));
    }

    /** First call asks for confirmation; a second call on the same user deactivates them. */
    public void deactivate() {
        StaffMember target = requireSelected();
        if (target == null) {
            return;
        }
        if (!target.equals(confirmingDeactivation)) {
            confirmingDeactivation = target;
            message.set(texts.get("users.deactivate.confirm", target.displayName()));
            error.set(false);
            return;
        }
        confirmingDeactivation = null;
        run(() -> {
            users.deactivate(owner, target.id());
            return target;
        }, gone -> {
            selected.set(null);
            return texts.get("users.deactivated", gone.displayName());
        });
    }

    /** The text of {@code role} in the person's language. */
    public String roleText(Role value) {
        return texts.get("users.role." + value.name().toLowerCase(java.util.Locale.ROOT));
    }

    private StaffMember requireSelected() {
        if (selected.get() == null) {
            fail(texts.get("users.error.select"));
        }
        return selected.get();
    }

    private boolean pinsMatch() {
        if (!Objects.equals(pin.get(), pinAgain.get())) {
            fail(texts.get("firstrun.error.pin-mismatch"));
            return false;
        }
        return true;
    }

    private void clearPins() {
        pin.set("");
        pinAgain.set("");
    }

    private <T> void run(Callable<T> work, java.util.function.Function<T, String> done) {
        tasks.execute(work, result -> {
            load();
            String text = done.apply(result);
            message.set(text);
            error.set(false);
        }, failure -> fail(texts.error(failure)));
    }

    private void fail(String text) {
        message.set(text);
        error.set(true);
    }
}
