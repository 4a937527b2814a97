package mx.michangarrito.shared.sync;

import java.util.List;

/**
 * One page of {@code GET /v1/sync/snapshot?upTo=<n>&after=<seq>&limit=<n>}: every record alive in the
 * shop at sequence {@code upTo}, no tombstones. The first request leaves {@code upTo} out and the cloud
 * fixes it; after the last page the terminal drops what the snapshot did not name, stores {@code upTo}
 * as its cursor and pulls from there (a record changed during the snapshot comes with that pull).
 *
 * @param upTo      the sequence the snapshot is taken at
 * @param total     how many records the snapshot has in all (for a progress bar)
 * @param changes   this page's records in sequence order
 * @param nextAfter the {@code after} of the next page
 * @param hasMore   true if more pages follow
 */
public record SnapshotPage(long upTo, long total, List<PulledChange> changes, long nextAfter, boolean hasMore) {

    public SnapshotPage {
        changes = List.copyOf(changes);
    }
}
