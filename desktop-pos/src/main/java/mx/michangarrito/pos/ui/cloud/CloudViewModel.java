package mx.michangarrito.pos.ui.cloud;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import mx.michangarrito.pos.sync.Pairing;
import mx.michangarrito.pos.sync.SyncTarget;
import mx.michangarrito.pos.sync.Unpairing;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;

/**
 * The "Nube" section: pairs this terminal with the shop's cloud account using the owner's pairing code
 * and shows what it is paired with. The sale screen's sync indicator starts pushing the next time it
 * shows (returning to the sale).
 */
public final class CloudViewModel {

    private final Pairing pairing;
    private final Unpairing unpairing;
    private final UUID ownerId;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final StringProperty cloudUrl = new SimpleStringProperty("");
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty terminalName = new SimpleStringProperty("");
    private final StringProperty ownerPin = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper paired = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper pairedWith = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);

    /**
     * {@code defaultTerminalName} is how this terminal appears in the owner's list unless changed;
     * {@code ownerId} is the owner in the back office, whose PIN confirms unpairing.
     */
    public CloudViewModel(Pairing pairing, Unpairing unpairing, UUID ownerId, Texts texts, TaskExecutor tasks,
                          String defaultTerminalName) {
        this.pairing = Objects.requireNonNull(pairing, "pairing");
        this.unpairing = Objects.requireNonNull(unpairing, "unpairing");
        this.ownerId = Objects.requireNonNull(ownerId, "ownerId");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        terminalName.set(Objects.requireNonNull(defaultTerminalName, "defaultTerminalName"));
    }

    /** Shows whether (and with what) this terminal is paired. */
    public void load() {
        pairing.target().ifPresentOrElse(this::showPaired, () -> {
            paired.set(false);
            pairedWith.set(texts.get(pairing.credentialUnreadable() ? "cloud.credential.unreadable" : "cloud.not-paired"));
        });
    }

    private void showPaired(SyncTarget target) {
        paired.set(true);
        cloudUrl.set(target.cloudUrl().toString());
        pairedWith.set(texts.get("cloud.paired-with", target.cloudUrl().getHost(), target.terminalId()));
    }

    /** Pairs with the code typed; the outcome (or what to do) lands in the message. */
    public void pair() {
        if (busy.get()) {
            return;
        }
        URI url = url();
        if (url == null) {
            fail(texts.get("cloud.url.invalid"));
            return;
        }
        String name = terminalName.get() == null ? "" : terminalName.get().strip();
        if (name.isEmpty()) {
            fail(texts.get("cloud.name.required"));
            return;
        }
        String typed = code.get() == null ? "" : code.get();
        busy.set(true);
        message.set(texts.get("cloud.pairing"));
        error.set(false);
        tasks.execute(() -> pairing.pair(url, typed, name), target -> {
            busy.set(false);
            code.set("");
            showPaired(target);
            message.set(texts.get("cloud.paired"));
            error.set(false);
        }, failure -> {
            busy.set(false);
            fail(texts.error(failure));
        });
    }

    /**
     * Unpairs this terminal once the owner typed their PIN: refused (with what to do) while events still
     * wait to reach the cloud, when the PIN is wrong or the cloud cannot be told.
     */
    public void unpair() {
        if (busy.get() || !paired.get()) {
            return;
        }
        String pin = ownerPin.get() == null ? "" : ownerPin.get().strip();
        ownerPin.set("");
        if (pin.isEmpty()) {
            fail(texts.get("cloud.unpair.pin-required"));
            return;
        }
        busy.set(true);
        message.set(texts.get("cloud.unpairing"));
        error.set(false);
        tasks.execute(() -> {
            unpairing.unpair(ownerId, pin);
            return Boolean.TRUE;
        }, done -> {
            busy.set(false);
            paired.set(false);
            pairedWith.set(texts.get("cloud.status.unpaired"));
            message.set(texts.get("cloud.unpaired"));
            error.set(false);
        }, failure -> {
            busy.set(false);
            fail(texts.error(failure));
        });
    }

    private URI url() {
        String text = cloudUrl.get() == null ? "" : cloudUrl.get().strip();
        try {
            URI uri = URI.create(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null ? uri : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void fail(String text) {
        message.set(text);
        error.set(true);
    }

    public StringProperty cloudUrlProperty() {
        return cloudUrl;
    }

    public StringProperty codeProperty() {
        return code;
    }

    public StringProperty ownerPinProperty() {
        return ownerPin;
    }

    public StringProperty terminalNameProperty() {
        return terminalName;
    }

    public ReadOnlyBooleanProperty pairedProperty() {
        return paired.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty pairedWithProperty() {
        return pairedWith.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
