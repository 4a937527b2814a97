package mx.michangarrito.shared.sync;

/**
 * Version and limits of the sync wire format. Every push carries {@link #CURRENT}; the cloud answers a
 * version older than {@link #MINIMUM_SUPPORTED} with {@link UpdateRequired} (HTTP 426) and never guesses
 * at a shape it does not know.
 */
public final class SyncSchema {

    /**
     * The version this build writes. Bump it when a record's shape or meaning changes. 2 added
     * {@code product.commanded} and the pull (decision 0010); 3 added the sale line's id to
     * {@code sale.completed} lines and {@code category.commanded} (decision 0018). Versions 1 and 2 are
     * still read: their sale lines simply carry no id.
     */
    public static final int CURRENT = 3;
    /** The oldest version the cloud still reads. */
    public static final int MINIMUM_SUPPORTED = 1;
    /** Most events in one push request. */
    public static final int MAX_EVENTS_PER_PUSH = 500;
    /** Most bytes of one push request body (the cloud's request size limit). */
    public static final int MAX_PUSH_BYTES = 65_536;
    /** The push endpoint, relative to the cloud's base URL. */
    public static final String PUSH_PATH = "/v1/sync/push";
    /** The pull endpoint: {@code ?after=<cursor>&limit=<n>&schemaVersion=<v>}. */
    public static final String PULL_PATH = "/v1/sync/pull";
    /** The full-resync endpoint: {@code ?upTo=<seq>&after=<seq>&limit=<n>&schemaVersion=<v>}. */
    public static final String SNAPSHOT_PATH = "/v1/sync/snapshot";
    /** Most changes in one pull answer or snapshot page. */
    public static final int MAX_CHANGES_PER_PULL = 1_000;

    private SyncSchema() {
    }
}
