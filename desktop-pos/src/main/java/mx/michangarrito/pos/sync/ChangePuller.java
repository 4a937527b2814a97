package mx.michangarrito.pos.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import mx.michangarrito.pos.catalog.CatalogReplica;
import mx.michangarrito.pos.store.Counters;
import mx.michangarrito.pos.store.PosDatabase;
import mx.michangarrito.shared.id.UuidV7Generator;
import mx.michangarrito.shared.sync.BarcodeState;
import mx.michangarrito.shared.sync.PullResponse;
import mx.michangarrito.shared.sync.PulledChange;
import mx.michangarrito.shared.sync.SnapshotPage;
import mx.michangarrito.shared.sync.SyncSchema;
import org.hibernate.Session;

/**
 * Pulls the shop's catalog, customer, user and setting changes made elsewhere and applies each page in
 * one transaction together with the new cursor, so a crash between pages loses nothing and applies
 * nothing twice. When the cloud says the cursor is older than its tombstones, it takes the full
 * snapshot page by page (telling {@link ResyncProgress} listeners), then drops the barcodes the snapshot
 * did not name and stores the snapshot's sequence as its cursor in one last transaction.
 */
public final class ChangePuller {

    static final String CURSOR = "pull_cursor";
    private static final System.Logger LOG = System.getLogger(ChangePuller.class.getName());

    private final PosDatabase db;
    private final PullTransport transport;
    private final PulledChanges changes;
    private final CatalogReplica catalog;
    private final int pageSize;
    private final Consumer<Set<UUID>> productsChanged;
    private final List<ResyncProgress> progress = new CopyOnWriteArrayList<>();

    ChangePuller(PosDatabase db, PullTransport transport, Clock clock, UuidV7Generator ids, int pageSize,
                 Consumer<Set<UUID>> productsChanged) {
        this.db = Objects.requireNonNull(db, "db");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.changes = new PulledChanges(ids, clock);
        this.catalog = new CatalogReplica(ids);
        if (pageSize < 1 || pageSize > SyncSchema.MAX_CHANGES_PER_PULL) {
            throw new IllegalArgumentException("page size 1.." + SyncSchema.MAX_CHANGES_PER_PULL + ", not " + pageSize);
        }
        this.pageSize = pageSize;
        this.productsChanged = Objects.requireNonNull(productsChanged, "productsChanged");
    }

    /**
     * The production puller: OkHttp to {@code target}, pages of 200 (short transactions: the counter's
     * writes wait behind at most one page), {@code productsChanged} told which products to read again.
     */
    public static ChangePuller create(PosDatabase db, SyncTarget target, Clock clock,
                                      Consumer<Set<UUID>> productsChanged) {
        return new ChangePuller(db, new OkHttpPullTransport(target, Duration.ofSeconds(20)), clock,
                UuidV7Generator.system(), 200, productsChanged);
    }

    /** Tells {@code listener} how a full resync goes, on the sync thread. */
    public void onResyncProgress(ResyncProgress listener) {
        progress.add(Objects.requireNonNull(listener, "listener"));
    }

    /** The last server sequence applied here. */
    public long cursor() {
        return db.read(session -> Counters.current(session, CURSOR));
    }

    /** Abandons a request in flight. */
    void cancel() {
        transport.cancel();
    }

    /**
     * Pulls and applies pages until the cloud has nothing more (resyncing in full if it must).
     *
     * @return null when caught up, else the answer that stopped it (offline, update required, refused)
     */
    public FetchAnswer pullAll() {
        while (true) {
            long cursor = cursor();
            FetchAnswer answer = transport.pull(cursor, pageSize);
            if (!(answer instanceof FetchAnswer.Fetched fetched)) {
                return answer;
            }
            PullResponse page;
            try {
                page = SyncJson.ANSWERS.readValue(fetched.body(), PullResponse.class);
            } catch (JsonProcessingException e) {
                return new FetchAnswer.Unreachable("garbled pull answer: " + e.getOriginalMessage());
            }
            if (page.fullResyncRequired()) {
                LOG.log(System.Logger.Level.WARNING, "cursor {0} is older than the cloud keeps removals: full resync",
                        cursor);
                FetchAnswer failed = resync();
                if (failed != null) {
                    return failed;
                }
                continue;
            }
            check(cursor, page);
            Set<UUID> products = db.write(session -> {
                if (Counters.current(session, CURSOR) != cursor) {
                    throw new SyncException("the pull cursor moved under this page");
                }
                Set<UUID> touched = changes.apply(session, page.changes());
                saveCursor(session, page.nextCursor());
                return touched;
            });
            productsChanged.accept(products);
            if (!page.hasMore()) {
                return null;
            }
        }
    }

    private static void check(long cursor, PullResponse page) {
        long previous = cursor;
        for (PulledChange c : page.changes()) {
            if (c.sequence() <= previous || c.change() == null) {
                throw new SyncException("the cloud's changes are out of order at " + c.sequence());
            }
            previous = c.sequence();
        }
        if (page.nextCursor() < previous) {
            throw new SyncException("the cloud's next cursor " + page.nextCursor() + " is behind its changes");
        }
    }

    /**
     * Takes the whole snapshot; null when done, else the answer that stopped it (the cursor is untouched).
     * The {@link ResyncProgress} listeners hear each page and, at the end, whether it completed.
     */
    FetchAnswer resync() {
        boolean complete = false;
        try {
            FetchAnswer stopped = snapshot();
            complete = stopped == null;
            return stopped;
        } finally {
            for (ResyncProgress listener : progress) {
                listener.ended(complete);
            }
        }
    }

    private FetchAnswer snapshot() {
        Long upTo = null;
        long after = 0;
        long done = 0;
        Set<String> named = new HashSet<>();
        SnapshotPage page;
        do {
            FetchAnswer answer = transport.snapshot(upTo, after, pageSize);
            if (!(answer instanceof FetchAnswer.Fetched fetched)) {
                return answer;
            }
            try {
                page = SyncJson.ANSWERS.readValue(fetched.body(), SnapshotPage.class);
            } catch (JsonProcessingException e) {
                return new FetchAnswer.Unreachable("garbled snapshot page: " + e.getOriginalMessage());
            }
            if (upTo != null && page.upTo() != upTo) {
                throw new SyncException("the snapshot moved from " + upTo + " to " + page.upTo());
            }
            upTo = page.upTo();
            SnapshotPage current = page;
            productsChanged.accept(db.write(session -> changes.apply(session, current.changes())));
            for (PulledChange c : page.changes()) {
                if (c.change() instanceof BarcodeState b) {
                    named.add(b.code());
                }
            }
            done += page.changes().size();
            for (ResyncProgress listener : progress) {
                listener.progressed(done, page.total());
            }
            after = page.nextAfter();
        } while (page.hasMore());
        long at = upTo;
        productsChanged.accept(db.write(session -> {
            Set<UUID> touched = new HashSet<>();
            for (String code : catalog.allBarcodes(session)) {
                if (!named.contains(code) && !pendingProduct(session, catalog.productOfBarcode(session, code))) {
                    catalog.removeBarcode(session, code).ifPresent(touched::add);
                }
            }
            saveCursor(session, at);
            return touched;
        }));
        return null;
    }

    private static boolean pendingProduct(Session session, java.util.Optional<UUID> product) {
        return product.map(id -> session.createSelectionQuery("select count(*) from OutboxEntry where aggregateId = :id",
                Long.class).setParameter("id", id).getSingleResult() > 0).orElse(false);
    }

    private static void saveCursor(Session session, long cursor) {
        session.createNativeMutationQuery("UPDATE counter SET last_value = :v WHERE name = :name")
                .setParameter("v", cursor).setParameter("name", CURSOR).executeUpdate();
    }
}
