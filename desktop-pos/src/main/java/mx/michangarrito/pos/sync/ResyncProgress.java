package mx.michangarrito.pos.sync;

/** Progress of a full resync, for a progress bar: {@code done} of {@code total} records applied. */
@FunctionalInterface
public interface ResyncProgress {

    void progressed(long done, long total);
}
