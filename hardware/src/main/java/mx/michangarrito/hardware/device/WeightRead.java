package mx.michangarrito.hardware.device;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A scale answered a weight request.
 *
 * @param source    the scale's name
 * @param at        when the answer arrived
 * @param status    stable, in motion, negative or overload
 * @param kilograms the weight in kilograms with exactly 3 decimals, when the scale sent one (a scale
 *                  in motion or overloaded may send only its status)
 */
public record WeightRead(String source, Instant at, WeightStatus status, Optional<BigDecimal> kilograms)
        implements DeviceEvent {

    /**
     * Checks that no part is missing and the weight has 3 decimals.
     *
     * @throws IllegalArgumentException if the weight's scale is not 3
     */
    public WeightRead {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kilograms, "kilograms");
        kilograms.ifPresent(kg -> {
            if (kg.scale() != 3) {
                throw new IllegalArgumentException("weight must have 3 decimals: " + kg);
            }
        });
    }

    /**
     * Whether this reading may go on a ticket: settled, with a weight.
     *
     * @return true for a stable reading with a weight
     */
    public boolean sellable() {
        return status == WeightStatus.STABLE && kilograms.isPresent();
    }
}
