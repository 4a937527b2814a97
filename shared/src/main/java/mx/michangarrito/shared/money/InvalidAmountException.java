package mx.michangarrito.shared.money;

import mx.michangarrito.shared.text.UserMessage;

/**
 * An amount of money that could not be read. {@link #getMessage()} is English for logs;
 * {@link #userMessage()} is what the cashier sees (Spanish by default).
 */
public final class InvalidAmountException extends IllegalArgumentException {

    static final String BUNDLE = "mx.michangarrito.shared.money.messages";

    /** Why the text is not an amount; each has a message key {@code money.invalid.<name>}. */
    public enum Reason {
        EMPTY("nothing was entered"),
        DECIMAL_COMMA("a comma was used as the decimal separator; use a point"),
        SPACES("spaces inside the amount"),
        BAD_GROUPING("thousands must be grouped by commas in threes"),
        INCOMPLETE_DECIMALS("a decimal point without decimals"),
        TOO_MANY_DECIMALS("more than two decimals"),
        TOO_LARGE("the amount is too large"),
        NOT_A_NUMBER("not a number");

        private final String english;

        Reason(String english) {
            this.english = english;
        }

        public String messageKey() {
            return "money.invalid." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final Reason reason;
    private final String input;

    public InvalidAmountException(Reason reason, String input) {
        super("Invalid amount '" + input + "': " + reason.english);
        this.reason = reason;
        this.input = input;
    }

    public Reason reason() {
        return reason;
    }

    public String input() {
        return input;
    }

    public UserMessage userMessage() {
        return UserMessage.of(BUNDLE, reason.messageKey(), input == null ? "" : input);
    }
}
