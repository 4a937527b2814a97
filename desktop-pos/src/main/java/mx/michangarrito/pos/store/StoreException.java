package mx.michangarrito.pos.store;

import mx.michangarrito.pos.error.PosException;
import mx.michangarrito.shared.text.UserMessage;

/** The terminal's database cannot be opened or written; the message says why and what to do. */
public final class StoreException extends PosException {

    static final String BUNDLE = "mx.michangarrito.pos.store.messages";

    /** Why; each reason has a text under {@code store.<name>} in the store's bundles. */
    public enum Reason {
        /** Another POS window or process has the database open. */
        IN_USE,
        /** The database was written by a newer version of MiChangarrito. */
        TOO_NEW,
        /** The data folder cannot be created or written (permissions, full disk). */
        DATA_DIR_UNUSABLE,
        /** The database file is damaged or could not be read. */
        UNREADABLE;

        String key() {
            return "store." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    StoreException(Reason reason, String technicalMessage, Throwable cause, Object... args) {
        super(technicalMessage, UserMessage.of(BUNDLE, reason.key(), args), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
