package mx.michangarrito.hardware.device;

import java.time.Instant;
import java.util.Objects;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * A scanner sent something that is not a whole code (a partial scan cut by an unplug, noise on the
 * line, a frame without the configured prefix, or too long to be a barcode). The cashier sees an error
 * row instead of silence, and nothing is added to the sale.
 *
 * @param source the scanner's name
 * @param at     when it arrived
 * @param raw    what was received, control characters included
 * @param reason what to tell the cashier
 */
public record ScanRejected(String source, Instant at, String raw, HardwareMessage reason) implements DeviceEvent {

    /** Checks that no part is missing. */
    public ScanRejected {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(reason, "reason");
    }
}
