package mx.michangarrito.pos.sync;

/** Reads the shop's changes from the cloud; never throws for network trouble. */
interface PullTransport {

    /** {@code GET /v1/sync/pull?after=&limit=}. */
    FetchAnswer pull(long after, int limit);

    /** {@code GET /v1/sync/snapshot?upTo=&after=&limit=}; {@code upTo} null on the first page. */
    FetchAnswer snapshot(Long upTo, long after, int limit);

    /** Abandons a request in flight (the app is closing). */
    default void cancel() {
    }
}
