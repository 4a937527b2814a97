package mx.michangarrito.cloud.sync;

import java.util.ArrayList;
import java.util.List;

import mx.michangarrito.shared.sync.SequenceGap;

/**
 * A terminal's sequence state: every event up to {@code contiguousThrough} arrived; {@code gaps} are the
 * missing ranges below the highest sequence received.
 *
 * @param contiguousThrough highest sequence with no hole below it
 * @param gaps              missing ranges, ascending
 */
record SequenceProgress(long contiguousThrough, List<SequenceGap> gaps) {

    /** Moves {@code contiguous} forward over {@code received} (ascending sequences above it). */
    static SequenceProgress advance(long contiguous, List<Long> received) {
        long through = contiguous;
        List<SequenceGap> gaps = new ArrayList<>();
        long expected = contiguous + 1;
        boolean holeSeen = false;
        for (long seq : received) {
            if (seq > expected) {
                gaps.add(new SequenceGap(expected, seq - 1));
                holeSeen = true;
            }
            if (!holeSeen) {
                through = seq;
            }
            expected = seq + 1;
        }
        return new SequenceProgress(through, List.copyOf(gaps));
    }
}
