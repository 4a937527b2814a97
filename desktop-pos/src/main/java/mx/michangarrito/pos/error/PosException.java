package mx.michangarrito.pos.error;

import java.util.Objects;
import mx.michangarrito.shared.text.UserMessage;

/**
 * An error a cashier or an owner can meet: it carries the {@link UserMessage} the screen shows (Spanish
 * by default) while {@link #getMessage()} keeps the English technical detail for the log.
 */
public abstract class PosException extends RuntimeException {

    private final transient UserMessage userMessage;

    protected PosException(String technicalMessage, UserMessage userMessage, Throwable cause) {
        super(technicalMessage, cause);
        this.userMessage = Objects.requireNonNull(userMessage, "userMessage");
    }

    public UserMessage userMessage() {
        return userMessage;
    }
}
