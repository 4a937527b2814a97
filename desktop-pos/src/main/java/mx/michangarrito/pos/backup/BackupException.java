package mx.michangarrito.pos.backup;

import java.util.Locale;
import mx.michangarrito.pos.error.PosException;
import mx.michangarrito.shared.text.UserMessage;

/** A backup or a restore could not be made; the message says what to do. */
public final class BackupException extends PosException {

    static final String BUNDLE = "mx.michangarrito.pos.backup.messages";

    /** Why; each reason has a text under {@code backup.<name>} in the backup bundles. */
    public enum Reason {
        /** No backup folder was chosen yet. */
        NO_FOLDER,
        /** The backup folder cannot be created or written. */
        FOLDER_UNUSABLE,
        /** The chosen file is not a MiChangarrito backup, or it is damaged. */
        NOT_A_BACKUP,
        /** The backup was made by a newer MiChangarrito. */
        TOO_NEW,
        /** The backup file cannot be read. */
        UNREADABLE;

        String key() {
            return "backup." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    BackupException(Reason reason, String technical, Throwable cause, Object... args) {
        super(technical, UserMessage.of(BUNDLE, reason.key(), args), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
