package mx.michangarrito.shared.sync;

import java.util.List;

/**
 * The answer to {@code GET /v1/sync/pull?after=<cursor>&limit=<n>}: the shop's changes after the cursor
 * in server-sequence order. The terminal applies them and stores {@code nextCursor} in one transaction,
 * and asks again while {@code hasMore}.
 *
 * @param changes            at most {@code limit} changes, sequences ascending
 * @param nextCursor         the cursor for the next request (the last sequence here, or the given cursor)
 * @param hasMore            true if more changes follow
 * @param fullResyncRequired true if the cursor is older than the oldest tombstone the cloud still keeps:
 *                           the terminal must take a {@link SnapshotPage snapshot} instead (no changes then)
 */
public record PullResponse(List<PulledChange> changes, long nextCursor, boolean hasMore, boolean fullResyncRequired) {

    public PullResponse {
        changes = List.copyOf(changes);
    }
}
