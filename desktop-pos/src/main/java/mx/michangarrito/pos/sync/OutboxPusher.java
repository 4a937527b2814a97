package mx.michangarrito.pos.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.outbox.OutboxEntry;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.sync.EventResult;
import mx.michangarrito.shared.sync.PushRequest;
import mx.michangarrito.shared.sync.PushResponse;
import mx.michangarrito.shared.sync.PushedEvent;
import mx.michangarrito.shared.sync.SyncSchema;

/**
 * Pushes the outbox to the cloud in sequence order, in batches, on its own thread. An entry leaves the
 * outbox only in the transaction that records the cloud's acknowledgement of it (accepted or duplicate:
 * deleted; rejected: moved to {@code outbox_rejected}), so a dropped connection or a crash at any point
 * only means the batch is sent again, and the cloud answers "duplicate" for what it already has. The
 * counter never waits for it: it reads and deletes in short transactions and does all network I/O
 * outside them.
 */
public final class OutboxPusher implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(OutboxPusher.class.getName());
    /** Room left under the cloud's body limit for what OkHttp and proxies might add. */
    private static final int BODY_LIMIT = SyncSchema.MAX_PUSH_BYTES - 1_024;

    private final PosDatabase db;
    private final PushTransport transport;
    private final UUID terminalId;
    private final Clock clock;
    private final Sleeper sleeper;
    private final Backoff backoff;
    private final int batchSize;
    private final Duration idlePoll;
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus status;
    /** True until {@link #close()} or {@link #stop()}. */
    private volatile boolean running = true;
    /** When the current run of unreachable pushes began; only the pusher's thread touches it. */
    private Instant offlineSince;
    private Thread thread;
    /** Pulls the shop's changes after each round that emptied the outbox; null until set. */
    private volatile ChangePuller puller;

    OutboxPusher(PosDatabase db, PushTransport transport, UUID terminalId, Clock clock, Sleeper sleeper,
                 Backoff backoff, int batchSize, Duration idlePoll) {
        this.db = Objects.requireNonNull(db, "db");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.terminalId = Objects.requireNonNull(terminalId, "terminalId");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        this.backoff = Objects.requireNonNull(backoff, "backoff");
        if (batchSize < 1 || batchSize > SyncSchema.MAX_EVENTS_PER_PUSH) {
            throw new IllegalArgumentException("batch size 1.." + SyncSchema.MAX_EVENTS_PER_PUSH + ", not " + batchSize);
        }
        this.batchSize = batchSize;
        this.idlePoll = Objects.requireNonNull(idlePoll, "idlePoll");
        this.status = new SyncStatus.Starting(pendingCount());
    }

    /**
     * The production pusher: OkHttp to {@code target}, real sleeps, backoff from 1 s up to 20 s with
     * jitter (so a terminal is back within ~20 s of the network), batches of 200, a look every 5 s when idle.
     */
    public static OutboxPusher create(PosDatabase db, SyncTarget target, Clock clock) {
        return new OutboxPusher(db, new OkHttpPushTransport(target, Duration.ofSeconds(20)), target.terminalId(),
                clock, Sleeper.THREAD, new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(20),
                java.util.random.RandomGenerator.getDefault()), 200, Duration.ofSeconds(5));
    }

    /** The current status. */
    public SyncStatus status() {
        return status;
    }

    /**
     * After each push round that empties the outbox, pull the shop's changes with {@code changes}, sharing
     * this pusher's thread, backoff and status. Set it before {@link #start()}.
     */
    public void pullWith(ChangePuller changes) {
        this.puller = Objects.requireNonNull(changes, "changes");
    }

    /** Calls {@code listener} with every new status, on the pusher's thread. */
    public void onStatus(Consumer<SyncStatus> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Starts the background thread. */
    public synchronized void start() {
        if (thread != null || !running) {
            throw new IllegalStateException(thread != null ? "already started" : "closed");
        }
        thread = Thread.ofPlatform().daemon().name("outbox-pusher").start(this::runLoop);
    }

    /** Stops the background thread; what is not acknowledged stays in the outbox for next time. */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        if (t != null) {
            t.interrupt();
            transport.cancel();
            ChangePuller p = puller;
            if (p != null) {
                p.cancel();
            }
            try {
                t.join(Duration.ofSeconds(30));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Pushes and waits until stopped: the idle poll after a drained outbox, the backoff after a failure. */
    void runLoop() {
        int failures = 0;
        while (running && !Thread.currentThread().isInterrupted()) {
            SyncStatus after = pushPending();
            failures = after instanceof SyncStatus.Synced ? 0 : failures + 1;
            try {
                sleeper.sleep(failures == 0 ? idlePoll : backoff.delay(failures));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops {@link #runLoop()} after its current round (for callers running it on their own thread). */
    void stop() {
        running = false;
    }

    /**
     * Sends batches until the outbox is empty or a push fails, and returns the status it ends in. Never
     * throws: every failure becomes a status. The background thread calls it; a "sync now" button may
     * too (not while the thread runs).
     */
    public SyncStatus pushPending() {
        try {
            // While offline, a retry keeps showing "offline since" until a batch gets through: flashing
            // "N pending" at every retry would tell the cashier the network is back when it is not.
            boolean gotThrough = !(status instanceof SyncStatus.Offline);
            while (true) {
                List<OutboxEntry> entries = Outbox.pending(db, 0, batchSize);
                if (entries.isEmpty()) {
                    SyncStatus pullFailed = pullChanges();
                    return publish(pullFailed != null ? pullFailed
                            : new SyncStatus.Synced(clock.instant(), rejectedCount()));
                }
                if (gotThrough) {
                    publish(new SyncStatus.Pending(pendingCount()));
                }
                SyncStatus failed = pushBatch(entries);
                if (failed != null) {
                    return publish(failed);
                }
                gotThrough = true;
            }
        } catch (SyncException e) {
            LOG.log(System.Logger.Level.ERROR, "outbox cannot be pushed", e);
            return publish(new SyncStatus.Failed("un movimiento guardado no se puede enviar (" + e.getMessage() + ")",
                    pendingCount()));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "sync round failed", e);
            return publish(new SyncStatus.Failed("falla interna: " + e.getClass().getSimpleName(), pendingCount()));
        }
    }

    /** Pushes one batch; null if it was acknowledged, else the status to end the round in. */
    private SyncStatus pushBatch(List<OutboxEntry> entries) {
        List<PushedEvent> events = new ArrayList<>(entries.size());
        for (OutboxEntry entry : entries) {
            events.add(WireEvents.of(entry));
        }
        byte[] body = serialize(events);
        while (body.length > BODY_LIMIT && events.size() > 1) {
            events = events.subList(0, Math.min(events.size() - 1, fitting(events)));
            body = serialize(events);
        }
        if (body.length > BODY_LIMIT) {
            throw new SyncException("event " + events.getFirst().sequence() + " alone is " + body.length
                    + " bytes, over the cloud's limit");
        }
        PushAnswer answer = transport.push(body);
        return switch (answer) {
            case PushAnswer.Answered(PushResponse response) -> {
                offlineSince = null;
                acknowledge(entries.subList(0, events.size()), events, response);
                yield null;
            }
            case PushAnswer.Unreachable(String reason) -> {
                LOG.log(System.Logger.Level.INFO, "cloud unreachable: {0}", reason);
                if (offlineSince == null) {
                    offlineSince = clock.instant();
                }
                yield new SyncStatus.Offline(offlineSince, pendingCount(), reason);
            }
            case PushAnswer.MustUpdate(int minimum) -> new SyncStatus.Failed(
                    "actualiza MiChangarrito en esta caja (la nube pide el formato " + minimum + ")", pendingCount());
            case PushAnswer.Refused(int httpStatus, String code, String title) -> {
                LOG.log(System.Logger.Level.WARNING, "cloud refused the push: {0} {1}", httpStatus, code);
                yield new SyncStatus.Failed(title.isBlank() ? code : title, pendingCount());
            }
        };
    }

    /** Pulls if a puller is set; null if caught up, else the status to end the round in. */
    private SyncStatus pullChanges() {
        ChangePuller p = puller;
        if (p == null) {
            return null;
        }
        FetchAnswer answer;
        try {
            answer = p.pullAll();
        } catch (SyncException e) {
            LOG.log(System.Logger.Level.ERROR, "the cloud's changes cannot be applied", e);
            return new SyncStatus.Failed("los cambios de la nube no se pueden aplicar (" + e.getMessage() + ")",
                    pendingCount());
        }
        return switch (answer) {
            case null -> null;
            case FetchAnswer.Fetched f -> null;
            case FetchAnswer.Unreachable(String reason) -> {
                LOG.log(System.Logger.Level.INFO, "cloud unreachable for the pull: {0}", reason);
                if (offlineSince == null) {
                    offlineSince = clock.instant();
                }
                yield new SyncStatus.Offline(offlineSince, pendingCount(), reason);
            }
            case FetchAnswer.MustUpdate(int minimum) -> new SyncStatus.Failed(
                    "actualiza MiChangarrito en esta caja (la nube pide el formato " + minimum + ")", pendingCount());
            case FetchAnswer.Refused(int httpStatus, String code, String title) -> {
                LOG.log(System.Logger.Level.WARNING, "cloud refused the pull: {0} {1}", httpStatus, code);
                yield new SyncStatus.Failed(title.isBlank() ? code : title, pendingCount());
            }
        };
    }

    /** Removes every acknowledged entry in one durable transaction; rejected ones move aside. */
    private void acknowledge(List<OutboxEntry> entries, List<PushedEvent> sent, PushResponse response) {
        List<EventResult> results = response.results();
        if (results.size() != sent.size()) {
            throw new SyncException("the cloud answered " + results.size() + " results for " + sent.size() + " events");
        }
        for (int i = 0; i < results.size(); i++) {
            EventResult r = results.get(i);
            PushedEvent e = sent.get(i);
            if (r.sequence() != e.sequence() || !e.event().eventId().equals(r.eventId()) || r.outcome() == null) {
                throw new SyncException("the cloud's result " + i + " does not match event " + e.sequence());
            }
        }
        Instant now = clock.instant();
        db.writeVoid(session -> {
            for (int i = 0; i < results.size(); i++) {
                EventResult r = results.get(i);
                OutboxEntry entry = entries.get(i);
                if (!r.outcome().settled()) {
                    session.persist(new RejectedEntry(entry, r.reason() == null ? "rejected" : r.reason(), now));
                }
                int deleted = session.createMutationQuery("delete from OutboxEntry where seq = :seq and eventId = :id")
                        .setParameter("seq", entry.seq()).setParameter("id", entry.eventId()).executeUpdate();
                if (deleted != 1) {
                    throw new SyncException("outbox entry " + entry.seq() + " vanished before its acknowledgement");
                }
            }
        });
        results.stream().filter(r -> !r.outcome().settled()).forEach(r -> LOG.log(System.Logger.Level.WARNING,
                "cloud rejected event {0} (seq {1}): {2}", r.eventId(), r.sequence(), r.reason()));
        if (!response.gaps().isEmpty()) {
            LOG.log(System.Logger.Level.WARNING, "cloud misses sequences of this terminal: {0}", response.gaps());
        }
    }

    /**
     * How many events from the start fit in one request (at least one), from each event's own JSON: a
     * backlog then goes up in full requests (halving until it fit sent about half as many events per
     * round trip).
     */
    private int fitting(List<PushedEvent> events) {
        long size = serialize(List.of()).length;
        for (int i = 0; i < events.size(); i++) {
            try {
                size += SyncJson.STRICT.writeValueAsBytes(events.get(i)).length + (i == 0 ? 0 : 1);
            } catch (JsonProcessingException e) {
                throw new SyncException("push request not serialisable", e);
            }
            if (size > BODY_LIMIT) {
                return Math.max(1, i);
            }
        }
        return events.size();
    }

    private byte[] serialize(List<PushedEvent> events) {
        try {
            return SyncJson.STRICT.writeValueAsBytes(new PushRequest(SyncSchema.CURRENT, terminalId, events));
        } catch (JsonProcessingException e) {
            throw new SyncException("push request not serialisable", e);
        }
    }

    private long pendingCount() {
        return db.read(s -> s.createSelectionQuery("select count(*) from OutboxEntry", Long.class).getSingleResult());
    }

    private long rejectedCount() {
        return db.read(s -> s.createSelectionQuery("select count(*) from RejectedEntry", Long.class).getSingleResult());
    }

    private SyncStatus publish(SyncStatus next) {
        status = next;
        for (Consumer<SyncStatus> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "sync status listener failed", e);
            }
        }
        return next;
    }

    /** Entity classes of this feature, for {@link PosDatabase#open}. */
    public static List<Class<?>> entities() {
        return List.of(RejectedEntry.class);
    }
}
