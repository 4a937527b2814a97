package mx.michangarrito.hardware.device;

import java.time.Instant;
import java.util.Objects;

/**
 * A receipt printer answered a status query differently from the last time: paper ran out, the cover
 * was opened, the drawer was shut. Sent only on a change.
 *
 * @param source the printer's name
 * @param at     when the answer came
 * @param status the printer's four status bytes, decoded
 * @param drawer the drawer's state under the configured polarity
 */
public record PrinterStatusChanged(String source, Instant at, PrinterStatus status, DrawerState drawer)
        implements DeviceEvent {

    /** Checks that no part is missing. */
    public PrinterStatusChanged {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(drawer, "drawer");
    }
}
