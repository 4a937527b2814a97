package mx.michangarrito.shared.barcode;

import java.util.Locale;
import java.util.Objects;
import mx.michangarrito.shared.text.UserMessage;

/**
 * A scanned or typed code that is not a valid barcode. {@link #getMessage()} is English technical
 * detail for logs; {@link #userMessage()} is what the cashier reads (Spanish by default, English too).
 */
public final class InvalidBarcodeException extends IllegalArgumentException {

    /** Base name of the resource bundle holding the texts of every {@link Reason}. */
    public static final String BUNDLE = "mx.michangarrito.shared.barcode.messages";

    /** Why a code was rejected. Each reason has a text under {@link #key()} in {@link #BUNDLE}. */
    public enum Reason {
        /** Nothing was read: the code is empty or only whitespace. */
        EMPTY,
        /** The code contains something other than the digits 0–9. */
        NOT_DIGITS,
        /** The code has a number of digits no barcode of the expected kind has. */
        BAD_LENGTH,
        /** The last digit does not match the GTIN check digit of the others. */
        BAD_CHECK_DIGIT,
        /** A UPC-E whose number system (first digit) is not 0 or 1. */
        BAD_NUMBER_SYSTEM;

        /** The message key, e.g. {@code barcode.invalid.bad-check-digit}. */
        public String key() {
            return "barcode.invalid." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** Why the code was rejected. */
    private final Reason reason;
    /** The rejected code, stripped. */
    private final String code;

    /**
     * @param reason why the code was rejected
     * @param code   the code as read, without surrounding whitespace
     * @param detail English technical detail for the log
     */
    public InvalidBarcodeException(Reason reason, String code, String detail) {
        super(detail);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.code = Objects.requireNonNull(code, "code");
    }

    /** Why the code was rejected. */
    public Reason reason() {
        return reason;
    }

    /** The rejected code, without surrounding whitespace. */
    public String code() {
        return code;
    }

    /**
     * The text for the cashier: the reason's key with the code as argument {@code {0}} and its
     * number of characters as argument {@code {1}}.
     */
    public UserMessage userMessage() {
        return UserMessage.of(BUNDLE, reason.key(), code, String.valueOf(code.length()));
    }
}
