package mx.michangarrito.hardware.device;

import java.time.Instant;
import java.util.Objects;

/**
 * The device moved in its lifecycle, e.g. from {@link DeviceState#CLAIMED} to {@link DeviceState#ENABLED}.
 *
 * @param source the device name
 * @param at     when it moved
 * @param from   the state before
 * @param to     the state now
 */
public record StateChanged(String source, Instant at, DeviceState from, DeviceState to) implements DeviceEvent {

    /** Checks that no part is missing. */
    public StateChanged {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
    }
}
