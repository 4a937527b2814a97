package mx.michangarrito.hardware.device;

import java.util.Objects;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * A device operation failed. Carries the message a cashier or owner reads ({@link #userMessage()});
 * {@link #getMessage()} is the Spanish text for logs, and the cause keeps the technical detail.
 */
public class DeviceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The message for people, kept as key + arguments (not serialised: it is rebuilt from the text). */
    private final transient HardwareMessage userMessage;

    /**
     * A failure with the given message.
     *
     * @param userMessage what to tell the user
     * @param cause       the technical cause, or null
     */
    public DeviceException(HardwareMessage userMessage, Throwable cause) {
        super(Objects.requireNonNull(userMessage, "userMessage").spanish(), cause);
        this.userMessage = userMessage;
    }

    /**
     * A failure with the given message and no underlying cause.
     *
     * @param userMessage what to tell the user
     */
    public DeviceException(HardwareMessage userMessage) {
        this(userMessage, null);
    }

    /**
     * What to tell the user, in their language.
     *
     * @return the message
     */
    public HardwareMessage userMessage() {
        return userMessage;
    }
}
