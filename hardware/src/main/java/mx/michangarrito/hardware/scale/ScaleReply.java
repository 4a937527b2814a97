package mx.michangarrito.hardware.scale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import mx.michangarrito.hardware.device.WeightStatus;

/**
 * One answer of a scale, decoded: its status and, when it sent one, the weight in kilograms with 3
 * decimals (negative when below zero).
 *
 * @param status    stable, motion, negative or overload
 * @param kilograms the weight, scale 3
 */
public record ScaleReply(WeightStatus status, Optional<BigDecimal> kilograms) {

    /** Checks the parts and brings the weight to 3 decimals. */
    public ScaleReply {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(kilograms, "kilograms");
        kilograms = kilograms.map(kg -> kg.setScale(3, RoundingMode.HALF_UP));
    }

    /**
     * A reply with a weight.
     *
     * @param status    the status
     * @param kilograms the weight in kilograms
     * @return the reply
     */
    public static ScaleReply of(WeightStatus status, BigDecimal kilograms) {
        return new ScaleReply(status, Optional.of(kilograms));
    }

    /**
     * A reply with only a status, as a scale in motion or overloaded may send.
     *
     * @param status the status
     * @return the reply
     */
    public static ScaleReply statusOnly(WeightStatus status) {
        return new ScaleReply(status, Optional.empty());
    }
}
