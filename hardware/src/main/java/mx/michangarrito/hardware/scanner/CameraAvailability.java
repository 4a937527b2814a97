package mx.michangarrito.hardware.scanner;

import java.util.List;
import java.util.Objects;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * Whether this computer can scan with a webcam. Every answer is a normal state to show in settings,
 * never an error at startup.
 */
public sealed interface CameraAvailability {

    /**
     * What to tell the owner.
     *
     * @return the message
     */
    HardwareMessage message();

    /**
     * Cameras were found.
     *
     * @param names   their names as the system gives them
     * @param message what to tell the owner
     */
    record Cameras(List<String> names, HardwareMessage message) implements CameraAvailability {
        /** Copies the names. */
        public Cameras {
            names = List.copyOf(names);
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The camera library works but there is no camera (the usual case on a counter PC without one).
     *
     * @param message what to tell the owner
     */
    record NoCamera(HardwareMessage message) implements CameraAvailability {
        /** Checks the message. */
        public NoCamera {
            Objects.requireNonNull(message, "message");
        }
    }

    /**
     * The camera library cannot run here (on Linux: the package {@code libv4l-0} is missing).
     *
     * @param message what to tell the owner
     * @param detail  the technical cause, for the log
     */
    record DriverMissing(HardwareMessage message, String detail) implements CameraAvailability {
        /** Checks the parts. */
        public DriverMissing {
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
