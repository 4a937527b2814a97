package mx.michangarrito.pos.sync;

/** Progress of a full resync, for a progress bar: {@code done} of {@code total} records applied. */
@FunctionalInterface
public interface ResyncProgress {

    void progressed(long done, long total);

    /** The resync stopped: {@code complete} if the whole snapshot was applied, false if it must start again. */
    default void ended(boolean complete) {
    }
}
