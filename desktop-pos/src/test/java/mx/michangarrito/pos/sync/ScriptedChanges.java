package mx.michangarrito.pos.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import mx.michangarrito.shared.sync.CloudChange;
import mx.michangarrito.shared.sync.PullResponse;
import mx.michangarrito.shared.sync.PulledChange;
import mx.michangarrito.shared.sync.SnapshotPage;
import mx.michangarrito.shared.sync.Tombstone;

/**
 * The cloud's side of a pull for the terminal's unit tests, in process: a change log the test appends
 * to, answered in the wire format as the cloud answers it (changes after the cursor in pages; "full
 * resync" below the purged sequence; snapshot pages of what is alive), with scripted outages.
 */
final class ScriptedChanges implements PullTransport {

    private static final Instant AT = Instant.parse("2026-11-24T15:00:00Z");

    private final List<PulledChange> log = new ArrayList<>();
    private final Deque<Boolean> outages = new ArrayDeque<>();
    private long seq;
    private long purgedThrough;
    int requests;

    synchronized ScriptedChanges add(CloudChange... changes) {
        for (CloudChange c : changes) {
            // The latest change of a record replaces its earlier one, as in the cloud's log.
            log.removeIf(p -> p.change().entity().equals(c.entity()) && p.change().key().equals(c.key()));
            log.add(new PulledChange(++seq, AT, c));
        }
        return this;
    }

    /** Drops the tombstones, as the cloud does after the retention. */
    synchronized void purgeTombstones() {
        for (PulledChange p : List.copyOf(log)) {
            if (p.change() instanceof Tombstone) {
                log.remove(p);
                purgedThrough = Math.max(purgedThrough, p.sequence());
            }
        }
    }

    /** The next request is answered. */
    synchronized ScriptedChanges thenAnswer() {
        outages.add(false);
        return this;
    }

    /** The next request finds the cloud unreachable. */
    synchronized ScriptedChanges thenOffline() {
        outages.add(true);
        return this;
    }

    @Override
    public synchronized FetchAnswer pull(long after, int limit) {
        requests++;
        if (!outages.isEmpty() && outages.poll()) {
            return new FetchAnswer.Unreachable("scripted outage");
        }
        if (after < purgedThrough) {
            return answer(new PullResponse(List.of(), after, false, true));
        }
        List<PulledChange> page = log.stream().filter(p -> p.sequence() > after).limit(limit + 1L).toList();
        boolean more = page.size() > limit;
        page = more ? page.subList(0, limit) : page;
        return answer(new PullResponse(page, page.isEmpty() ? after : page.getLast().sequence(), more, false));
    }

    @Override
    public synchronized FetchAnswer snapshot(Long upTo, long after, int limit) {
        requests++;
        if (!outages.isEmpty() && outages.poll()) {
            return new FetchAnswer.Unreachable("scripted outage");
        }
        long at = upTo == null ? seq : upTo;
        List<PulledChange> alive = log.stream().filter(p -> !(p.change() instanceof Tombstone) && p.sequence() <= at)
                .toList();
        List<PulledChange> page = alive.stream().filter(p -> p.sequence() > after).limit(limit + 1L).toList();
        boolean more = page.size() > limit;
        page = more ? page.subList(0, limit) : page;
        return answer(new SnapshotPage(at, alive.size(), page, page.isEmpty() ? after : page.getLast().sequence(), more));
    }

    private static FetchAnswer answer(Object body) {
        try {
            return new FetchAnswer.Fetched(SyncJson.STRICT.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
