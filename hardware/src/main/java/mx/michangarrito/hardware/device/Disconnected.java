package mx.michangarrito.hardware.device;

import java.time.Instant;
import java.util.Objects;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * The link to the device was lost (cable pulled, port gone, connection dropped). Drivers that can
 * reconnect keep trying and send {@link Reconnected} when the device is back.
 *
 * @param source the device name
 * @param at     when the loss was seen
 * @param reason what to tell the cashier
 */
public record Disconnected(String source, Instant at, HardwareMessage reason) implements DeviceEvent {

    /** Checks that no part is missing. */
    public Disconnected {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}
