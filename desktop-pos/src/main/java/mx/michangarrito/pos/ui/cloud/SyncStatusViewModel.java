package mx.michangarrito.pos.ui.cloud;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import mx.michangarrito.pos.sync.SyncStatus;
import mx.michangarrito.pos.ui.Texts;

/**
 * The sale screen's sync indicator: synced / N pending / offline since HH:MM / error with the reason, or
 * that the terminal is not paired. Fed by the pusher's statuses, handed to the screen's thread.
 */
public final class SyncStatusViewModel {

    /** How the indicator looks. */
    public enum Tone { NOT_PAIRED, SYNCED, PENDING, OFFLINE, ERROR }

    private static final DateTimeFormatter HHMM = DateTimeFormatter.ofPattern("HH:mm");

    private final Function<Consumer<SyncStatus>, Optional<?>> startSync;
    private final Executor uiThread;
    private final Texts texts;
    private final ZoneId zone;
    private final BooleanSupplier credentialUnreadable;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Tone> tone = new ReadOnlyObjectWrapper<>(Tone.NOT_PAIRED);
    private boolean started;

    /**
     * @param startSync starts the pusher telling the given listener each status, empty when the terminal is
     *                  not paired ({@code PosServices::startSync} in the app)
     * @param uiThread  where statuses are shown ({@code Platform::runLater} in the app)
     */
    public SyncStatusViewModel(Function<Consumer<SyncStatus>, Optional<?>> startSync, Executor uiThread, Texts texts,
            ZoneId zone) {
        this(startSync, () -> false, uiThread, texts, zone);
    }

    /**
     * @param credentialUnreadable whether the stored cloud credential cannot be read on this PC
     *                             ({@code Pairing::credentialUnreadable} in the app): then it says to pair again
     */
    public SyncStatusViewModel(Function<Consumer<SyncStatus>, Optional<?>> startSync,
            BooleanSupplier credentialUnreadable, Executor uiThread, Texts texts, ZoneId zone) {
        this.startSync = Objects.requireNonNull(startSync, "startSync");
        this.credentialUnreadable = Objects.requireNonNull(credentialUnreadable, "credentialUnreadable");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.zone = Objects.requireNonNull(zone, "zone");
        text.set(texts.get("sync.status.not-paired"));
    }

    /**
     * Starts following the sync once the terminal is paired; called again each time the sale shows, so
     * a terminal paired or unpaired in the back office shows it on return (a running sync keeps the
     * listener it got when it started).
     */
    public void start() {
        started = startSync.apply(status -> uiThread.execute(() -> show(status))).isPresent();
        if (!started && credentialUnreadable.getAsBoolean()) {
            set(Tone.ERROR, texts.get("sync.status.unreadable"));
        } else if (!started) {
            text.set(texts.get("sync.status.not-paired"));
            tone.set(Tone.NOT_PAIRED);
        }
    }

    /** Shows {@code status} (on the screen's thread). */
    public void show(SyncStatus status) {
        switch (status) {
            case SyncStatus.Starting s -> set(Tone.PENDING, s.pending() == 0 ? texts.get("sync.status.starting")
                    : texts.get("sync.status.pending", s.pending()));
            case SyncStatus.Synced s -> set(Tone.SYNCED, s.rejected() == 0 ? texts.get("sync.status.synced", hhmm(s.at()))
                    : texts.get("sync.status.synced-rejected", hhmm(s.at()), s.rejected()));
            case SyncStatus.Pending p -> set(Tone.PENDING, texts.get("sync.status.pending", p.pending()));
            case SyncStatus.Offline o -> set(Tone.OFFLINE, texts.get("sync.status.offline", hhmm(o.since()), o.pending()));
            case SyncStatus.Failed f -> set(Tone.ERROR, texts.get("sync.status.failed", f.reason(), f.pending()));
        }
    }

    private void set(Tone newTone, String newText) {
        tone.set(newTone);
        text.set(newText);
    }

    private String hhmm(Instant at) {
        return HHMM.withZone(zone).format(at);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Tone> toneProperty() {
        return tone.getReadOnlyProperty();
    }
}
