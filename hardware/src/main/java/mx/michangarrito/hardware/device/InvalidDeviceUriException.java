package mx.michangarrito.hardware.device;

import java.util.Locale;
import java.util.Objects;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * A device address ({@link DeviceUri}) that cannot be used, with the {@link Reason} why.
 *
 * <p>{@link #getMessage()} is English, for logs. People read {@link #message(Locale)} (Spanish by
 * default), built from {@link #userMessage()}: argument {@code {0}} is the offending part of the
 * address and {@code {1}} the whole address.
 */
public final class InvalidDeviceUriException extends IllegalArgumentException {

    /** Base name of the bundle with the texts of every {@link Reason}. */
    public static final String BUNDLE = "mx.michangarrito.hardware.device.messages";

    /** Why an address was rejected; each reason has a message key in {@link #BUNDLE}. */
    public enum Reason {
        /** Nothing was written. */
        EMPTY("deviceUri.empty"),
        /** The address does not start with {@code tcp:}, {@code serial:}, {@code file:}, {@code spooler:} or {@code sim:}. */
        UNKNOWN_SCHEME("deviceUri.unknownScheme"),
        /** A {@code tcp://} address without a host. */
        MISSING_HOST("deviceUri.missingHost"),
        /** A host that is not an IPv4 address, a host name or a bracketed IPv6 address. */
        INVALID_HOST("deviceUri.invalidHost"),
        /** A TCP port that is not a number from 1 to 65535. */
        INVALID_PORT("deviceUri.invalidPort"),
        /** Something after host and port in a {@code tcp://} address. */
        UNEXPECTED_PATH("deviceUri.unexpectedPath"),
        /** A {@code serial:} address without a port name. */
        MISSING_SERIAL_PORT("deviceUri.missingSerialPort"),
        /** A baud rate that is not a positive whole number. */
        INVALID_BAUD("deviceUri.invalidBaud"),
        /** Data bits other than 5, 6, 7 or 8. */
        INVALID_DATA_BITS("deviceUri.invalidDataBits"),
        /** Parity other than N, E, O, M or S. */
        INVALID_PARITY("deviceUri.invalidParity"),
        /** Stop bits other than 1, 1.5 or 2. */
        INVALID_STOP_BITS("deviceUri.invalidStopBits"),
        /** Flow control other than none, rtscts or xonxoff. */
        INVALID_FLOW_CONTROL("deviceUri.invalidFlowControl"),
        /** An option this kind of address does not know. */
        UNKNOWN_PARAMETER("deviceUri.unknownParameter"),
        /** The same option given twice. */
        DUPLICATE_PARAMETER("deviceUri.duplicateParameter"),
        /** An option not written as {@code name=value}. */
        MALFORMED_PARAMETER("deviceUri.malformedParameter"),
        /** A {@code file:} address without a path. */
        MISSING_FILE_PATH("deviceUri.missingFilePath"),
        /** A path that is not absolute, or names another computer. */
        INVALID_FILE_PATH("deviceUri.invalidFilePath"),
        /** A {@code spooler:} address without a printer name. */
        MISSING_PRINTER_NAME("deviceUri.missingPrinterName"),
        /** A simulator name with characters other than letters, digits, {@code -}, {@code _} and {@code .}. */
        INVALID_SIMULATOR_NAME("deviceUri.invalidSimulatorName"),
        /** A {@code %} not followed by two hex digits, or escapes that are not UTF-8. */
        INVALID_ESCAPE("deviceUri.invalidEscape");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }

        /**
         * The key of this reason's text in {@link #BUNDLE}.
         *
         * @return the message key
         */
        public String messageKey() {
            return messageKey;
        }
    }

    private final Reason reason;
    private final String offendingText;
    private final String input;

    /**
     * An error about {@code offendingText} in the address {@code input}.
     *
     * @param reason        why the address was rejected
     * @param offendingText the part of the address that is wrong (may be empty)
     * @param input         the whole address as written
     */
    public InvalidDeviceUriException(Reason reason, String offendingText, String input) {
        this(reason, offendingText, input, null);
    }

    private InvalidDeviceUriException(Reason reason, String offendingText, String input, Throwable cause) {
        super(HardwareMessage.of(BUNDLE, reason.messageKey(), offendingText, input).format(Locale.ENGLISH), cause);
        this.reason = reason;
        this.offendingText = Objects.requireNonNull(offendingText, "offendingText");
        this.input = Objects.requireNonNull(input, "input");
    }

    /**
     * The same error, reported against the whole address it was found in.
     *
     * @param wholeInput the whole address as written
     * @return a new exception with this one as its cause
     */
    InvalidDeviceUriException within(String wholeInput) {
        return input.equals(wholeInput) ? this : new InvalidDeviceUriException(reason, offendingText, wholeInput, this);
    }

    /** @return why the address was rejected */
    public Reason reason() {
        return reason;
    }

    /** @return the key of the reason's text, as {@link Reason#messageKey()} */
    public String messageKey() {
        return reason.messageKey();
    }

    /** @return the part of the address that is wrong (may be empty) */
    public String offendingText() {
        return offendingText;
    }

    /** @return the whole address as written */
    public String input() {
        return input;
    }

    /** @return the message for people, as a bundle key and arguments */
    public HardwareMessage userMessage() {
        return HardwareMessage.of(BUNDLE, reason.messageKey(), offendingText, input);
    }

    /**
     * The text for a person reading in {@code locale}; Spanish when that language has no texts.
     *
     * @param locale the reader's language
     * @return the explanation of what is wrong and how to write it
     */
    public String message(Locale locale) {
        return userMessage().format(locale);
    }
}
