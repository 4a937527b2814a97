package mx.michangarrito.pos.sync;

import java.util.Locale;
import mx.michangarrito.pos.error.PosException;
import mx.michangarrito.shared.text.UserMessage;

/** Pairing this terminal with the shop's cloud account did not work; the message says what to do. */
public final class PairingException extends PosException {

    static final String BUNDLE = "mx.michangarrito.pos.sync.messages";

    /** Why; each reason has a text under {@code pairing.<name>} in the sync bundles. */
    public enum Reason {
        /** The code cannot be a pairing code (checked before any network). */
        CODE_FORMAT,
        /** The cloud knows no open code like it (unknown, used or expired). */
        UNKNOWN_CODE,
        /** No answer from the cloud. */
        UNREACHABLE,
        /** The cloud answered with another refusal (e.g. too many attempts). */
        REFUSED,
        /** Unpairing a terminal that is not paired. */
        NOT_PAIRED,
        /** Unpairing while events still wait in the outbox: the count is the argument. */
        PENDING,
        /** The key that encrypts the credential cannot be written in the data folder (decision 0022). */
        KEY_UNUSABLE;

        String key() {
            return "pairing." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    PairingException(Reason reason, String technicalMessage, Throwable cause, Object... args) {
        super(technicalMessage, UserMessage.of(BUNDLE, reason.key(), args), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
