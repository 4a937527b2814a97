package mx.michangarrito.hardware.device;

import java.time.Instant;
import java.util.Objects;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * A ticket in a printer's queue moved: queued, sending, waiting for the printer, accepted, cancelled.
 *
 * @param source the printer's name
 * @param at     when it moved
 * @param jobId  the job's number in its queue, from 1
 * @param title  what the app called the job, e.g. {@code "Venta A-1042"}
 * @param state  the new state
 * @param detail what to tell the cashier, e.g. why the job waits
 */
public record PrintJobChanged(String source, Instant at, long jobId, String title, PrintJobState state,
        HardwareMessage detail) implements DeviceEvent {

    /** Checks that no part is missing. */
    public PrintJobChanged {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(detail, "detail");
    }
}
