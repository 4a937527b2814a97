package mx.michangarrito.pos.ui.cloud;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import mx.michangarrito.pos.sync.ResyncTracker;
import mx.michangarrito.pos.ui.Texts;

/**
 * A full resync of the catalog as a progress bar: shown while it runs ("Sincronizando catálogo
 * completo… 1,200 de 5,000"), hidden when it ends. The resync runs on the sync thread; the counter keeps
 * selling meanwhile, this only shows where it is.
 */
public final class ResyncViewModel {

    private final Texts texts;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final Runnable unfollow;

    /**
     * @param uiThread where the states are shown ({@code Platform::runLater} in the app)
     */
    public ResyncViewModel(ResyncTracker tracker, Executor uiThread, Texts texts) {
        Objects.requireNonNull(tracker, "tracker");
        Objects.requireNonNull(uiThread, "uiThread");
        this.texts = Objects.requireNonNull(texts, "texts");
        show(tracker.state());
        unfollow = tracker.follow(state -> uiThread.execute(() -> show(state)));
    }

    /** Stops following the resync (the screen showing it closed). */
    public void close() {
        unfollow.run();
    }

    /** Shows {@code state} (on the screen's thread). */
    public void show(ResyncTracker.State state) {
        running.set(state.running());
        progress.set(state.total() == 0 ? 0 : (double) state.done() / state.total());
        text.set(state.running() ? texts.get("sync.resync.progress", state.done(), state.total()) : "");
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }
}
