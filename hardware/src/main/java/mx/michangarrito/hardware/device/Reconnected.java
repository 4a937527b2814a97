package mx.michangarrito.hardware.device;

import java.time.Instant;
import java.util.Objects;

/**
 * The link to a device that was {@link Disconnected} works again.
 *
 * @param source the device name
 * @param at     when the link came back
 */
public record Reconnected(String source, Instant at) implements DeviceEvent {

    /** Checks that no part is missing. */
    public Reconnected {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
    }
}
