package mx.michangarrito.pos.ui.login;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.firstrun.FirstRunViewModel;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.StaffMember;
import mx.michangarrito.pos.user.UserService;

/**
 * Login: pick who you are, type your PIN on the pad or the keyboard. The PIN is shown as dots; wrong PINs
 * and lockouts show the user service's message (tries left, or until when).
 */
public final class LoginViewModel {

    private static final int MAX_PIN = 6;

    private final UserService users;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final Consumer<Operator> onLogin;
    private final ObservableList<StaffMember> staff = FXCollections.observableArrayList();
    private final ObjectProperty<StaffMember> selected = new SimpleObjectProperty<>();
    private final StringBuilder pin = new StringBuilder();
    private final ReadOnlyStringWrapper pinDots = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper demoHint = new ReadOnlyStringWrapper("");

    public LoginViewModel(UserService users, Texts texts, TaskExecutor tasks, Consumer<Operator> onLogin) {
        this.users = Objects.requireNonNull(users, "users");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.onLogin = Objects.requireNonNull(onLogin, "onLogin");
        selected.addListener((obs, was, now) -> {
            clearPin();
            message.set("");
        });
    }

    /** Reads the active users; the first is selected when nobody is. */
    public void load() {
        staff.setAll(users.listActive());
        if (selected.get() == null || !staff.contains(selected.get())) {
            selected.set(staff.isEmpty() ? null : staff.getFirst());
        }
    }

    public ObservableList<StaffMember> staff() {
        return FXCollections.unmodifiableObservableList(staff);
    }

    public ObjectProperty<StaffMember> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty pinDotsProperty() {
        return pinDots.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /**
     * In a demo shop (made with F9 on the first run) the login says who to pick and the demo PIN, and that
     * the owner should change it; in a real shop it says nothing.
     */
    public void demoShop(boolean demo) {
        demoHint.set(demo ? texts.get("login.demo-hint", texts.get("firstrun.demo.owner"),
                FirstRunViewModel.DEMO_PIN) : "");
    }

    /** The demo shop's hint, empty in a real shop. */
    public ReadOnlyStringProperty demoHintProperty() {
        return demoHint.getReadOnlyProperty();
    }

    /** A digit from the pad or the keyboard; anything else is ignored. */
    public void digit(char c) {
        if (c >= '0' && c <= '9' && pin.length() < MAX_PIN && !busy.get()) {
            pin.append(c);
            pinDots.set("●".repeat(pin.length()));
        }
    }

    public void backspace() {
        if (!pin.isEmpty()) {
            pin.setLength(pin.length() - 1);
            pinDots.set("●".repeat(pin.length()));
        }
    }

    public void clearPin() {
        pin.setLength(0);
        pinDots.set("");
    }

    /** Checks the PIN of the selected user; on success hands the operator on. */
    public void submit() {
        StaffMember who = selected.get();
        if (busy.get()) {
            return;
        }
        if (who == null) {
            message.set(texts.get("login.error.pick-user"));
            return;
        }
        String typed = pin.toString();
        clearPin();
        busy.set(true);
        tasks.execute(() -> users.login(who.id(), typed), operator -> {
            busy.set(false);
            message.set("");
            onLogin.accept(operator);
        }, failure -> {
            busy.set(false);
            message.set(texts.error(failure));
        });
    }
}
