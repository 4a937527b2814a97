package mx.michangarrito.hardware.printer;

import java.time.Instant;
import java.util.Objects;
import mx.michangarrito.hardware.device.PrintJobState;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * A snapshot of a ticket in a {@link PrintQueue}.
 *
 * @param id         its number in the queue, from 1
 * @param title      what the app called it, e.g. {@code "Venta A-1042"}
 * @param state      where it is
 * @param detail     what to tell the cashier about it
 * @param attempts   how many times it was sent or tried
 * @param reprintOf  the job it reprints, or 0
 * @param queuedAt   when it was submitted
 */
public record PrintJob(long id, String title, PrintJobState state, HardwareMessage detail, int attempts,
        long reprintOf, Instant queuedAt) {

    /** Checks that no part is missing. */
    public PrintJob {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(queuedAt, "queuedAt");
    }

    /** @return whether the job can still change (not accepted nor cancelled) */
    public boolean pending() {
        return state != PrintJobState.ACCEPTED && state != PrintJobState.CANCELLED;
    }
}
