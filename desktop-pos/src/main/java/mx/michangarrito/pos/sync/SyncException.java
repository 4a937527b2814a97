package mx.michangarrito.pos.sync;

/** The terminal cannot push an outbox entry as it is (a bug or a damaged entry, never the network). */
public final class SyncException extends RuntimeException {

    public SyncException(String message) {
        super(message);
    }

    public SyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
