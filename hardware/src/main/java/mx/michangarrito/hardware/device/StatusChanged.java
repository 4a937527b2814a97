package mx.michangarrito.hardware.device;

import java.time.Instant;
import java.util.Objects;

/**
 * The device's health changed, e.g. a printer went from {@link DeviceHealth#OK} to
 * {@link DeviceHealth#FAILED} because its paper ran out. Sent only when the verdict changes.
 *
 * @param source the device name
 * @param at     when the change was seen
 * @param report the new health and what to tell the cashier
 */
public record StatusChanged(String source, Instant at, HealthReport report) implements DeviceEvent {

    /** Checks that no part is missing. */
    public StatusChanged {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(report, "report");
    }
}
