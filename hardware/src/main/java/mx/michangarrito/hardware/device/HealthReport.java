package mx.michangarrito.hardware.device;

import java.time.Instant;
import java.util.Objects;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * What a health check found.
 *
 * @param health    the verdict
 * @param detail    what a cashier or owner should read about it, in their language
 * @param checkedAt when the check ran
 */
public record HealthReport(DeviceHealth health, HardwareMessage detail, Instant checkedAt) {

    /** Checks that no part is missing. */
    public HealthReport {
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(checkedAt, "checkedAt");
    }
}
