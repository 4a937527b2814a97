package mx.michangarrito.pos.sync;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The state of the terminal's full resync (decision 0010) for whoever shows it: fed by the puller on the
 * sync thread, read and followed by screens. It survives the puller being replaced (re-pairing).
 */
public final class ResyncTracker implements ResyncProgress {

    /**
     * Where a full resync is.
     *
     * @param running true while pages are being applied
     * @param done    records applied so far
     * @param total   records in the snapshot
     */
    public record State(boolean running, long done, long total) {

        /** No resync going on. */
        public static final State IDLE = new State(false, 0, 0);
    }

    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private volatile State state = State.IDLE;

    public State state() {
        return state;
    }

    /** Tells {@code listener} every new state, on the thread that changed it; the result stops that. */
    public Runnable follow(Consumer<State> listener) {
        Consumer<State> added = Objects.requireNonNull(listener, "listener");
        listeners.add(added);
        return () -> listeners.remove(added);
    }

    @Override
    public void progressed(long done, long total) {
        set(new State(true, done, Math.max(done, total)));
    }

    @Override
    public void ended(boolean complete) {
        set(State.IDLE);
    }

    private void set(State next) {
        state = next;
        for (Consumer<State> listener : listeners) {
            listener.accept(next);
        }
    }
}
