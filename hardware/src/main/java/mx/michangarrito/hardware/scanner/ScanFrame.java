package mx.michangarrito.hardware.scanner;

import java.util.Objects;

/** What {@link SuffixFramer} cut from the byte stream: a whole code or a rejected piece. */
public sealed interface ScanFrame {

    /**
     * A whole code, prefix and suffix removed.
     *
     * @param code the code, not empty
     */
    record Code(String code) implements ScanFrame {
        /** Checks the code. */
        public Code {
            Objects.requireNonNull(code, "code");
        }
    }

    /**
     * Input that is not a whole code.
     *
     * @param raw    what was received
     * @param reason why it was refused
     */
    record Rejected(String raw, Reason reason) implements ScanFrame {
        /** Checks the parts. */
        public Rejected {
            Objects.requireNonNull(raw, "raw");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** Why a piece of input is not a code; each has a message key in {@code scanner/messages}. */
    enum Reason {
        /** The configured prefix was not there: probably the tail of a cut scan. */
        MISSING_PREFIX("scan.missingPrefix"),
        /** Control or non-ASCII characters: noise, or the wrong baud rate. */
        GARBLED("scan.garbled"),
        /** No suffix after {@link ScannerFraming#maxLength()} characters. */
        TOO_LONG("scan.tooLong"),
        /** The link was lost before the suffix arrived. */
        CUT("scan.cut");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        /**
         * The message explaining this reason to the cashier.
         *
         * @return the key in {@code scanner/messages}
         */
        public String key() {
            return key;
        }
    }
}
