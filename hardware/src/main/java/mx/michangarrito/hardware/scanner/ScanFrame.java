package mx.michangarrito.hardware.scanner;

import java.util.Objects;
import mx.michangarrito.hardware.device.Symbology;

/** What {@link SuffixFramer} cut from the byte stream: a whole code or a rejected piece. */
public sealed interface ScanFrame {

    /**
     * A whole code, prefix, AIM identifier and suffix removed.
     *
     * @param code      the code, not empty
     * @param symbology what the AIM identifier said, {@link Symbology#UNKNOWN} without one
     */
    record Code(String code, Symbology symbology) implements ScanFrame {
        /** Checks the parts. */
        public Code {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(symbology, "symbology");
        }

        /**
         * A code whose type the scanner did not say.
         *
         * @param code the code
         */
        public Code(String code) {
            this(code, Symbology.UNKNOWN);
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
        CUT("scan.cut"),
        /** AIM identifiers are expected but the code did not start with one ({@code ]} letter modifier). */
        MISSING_AIM("scan.missingAim");

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
