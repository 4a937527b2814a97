package mx.michangarrito.shared.sync;

/**
 * Sequence numbers of a terminal the cloud has never received while it holds later ones.
 *
 * @param from first missing sequence
 * @param to   last missing sequence (inclusive)
 */
public record SequenceGap(long from, long to) {

    public SequenceGap {
        if (from < 1 || to < from) {
            throw new IllegalArgumentException("a gap is 1 <= from <= to, not " + from + ".." + to);
        }
    }

    /** How many sequence numbers are missing. */
    public long size() {
        return to - from + 1;
    }
}
