package mx.michangarrito.shared.barcode;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A weighed item: the label carries the weight in grams, kept here in kilograms to the gram.
 *
 * @param itemCode  the shop's item code, digits only
 * @param kilograms the weight, never negative, with scale 3 (01250 g → 1.250)
 */
public record WeightReading(String itemCode, BigDecimal kilograms) implements VariableMeasureReading {

    /**
     * @throws IllegalArgumentException if the item code is not digits, or the weight is negative or
     *                                  finer than a gram
     */
    public WeightReading {
        Digits.require(itemCode, "item code");
        Objects.requireNonNull(kilograms, "kilograms");
        if (kilograms.signum() < 0 || kilograms.stripTrailingZeros().scale() > 3) {
            throw new IllegalArgumentException(
                    "Weight must be zero or more whole grams, got " + kilograms + " kg");
        }
        kilograms = kilograms.setScale(3);
    }

    /** The weight from a whole number of grams. */
    static WeightReading ofGrams(String itemCode, long grams) {
        return new WeightReading(itemCode, BigDecimal.valueOf(grams, 3));
    }
}
