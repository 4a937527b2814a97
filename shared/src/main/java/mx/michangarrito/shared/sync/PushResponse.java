package mx.michangarrito.shared.sync;

import java.util.List;

/**
 * The answer to a push: one result per event, in the request's order, and the terminal's sequence
 * state as the cloud sees it after this push.
 *
 * @param results           one per pushed event
 * @param contiguousThrough the highest sequence up to which the cloud holds every event of this terminal
 * @param gaps              missing sequences below the highest one received, oldest first (empty when none)
 */
public record PushResponse(List<EventResult> results, long contiguousThrough, List<SequenceGap> gaps) {

    public PushResponse {
        results = List.copyOf(results);
        gaps = List.copyOf(gaps);
    }
}
