package mx.michangarrito.shared.barcode;

import static mx.michangarrito.shared.barcode.InvalidBarcodeException.Reason.BAD_CHECK_DIGIT;
import static mx.michangarrito.shared.barcode.InvalidBarcodeException.Reason.NOT_DIGITS;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an in-store variable-measure code keeps its fields, written as a pattern such as
 * {@code 21IIIIIWWWWWC} (weight in grams) or {@code 23IIIIIPPPPPC} (price in centavos): the leading
 * digits are the literal prefix (starting with 2), one run of {@code I} is the item code, one run of
 * {@code W} the weight in grams or of {@code P} the price in centavos, and the final {@code C} is the
 * GTIN check digit of the whole code. Patterns have 13 characters (EAN-13) or 12 (UPC-A, e.g.
 * {@code 2IIIIIPPPPPC}); a 12-character layout also reads the 13-digit form with a leading 0 that
 * scanners set to send UPC-A as EAN-13 produce.
 */
public final class VariableMeasureLayout {

    private final String pattern;
    private final String prefix;
    private final LayoutField item;
    private final LayoutField measure;

    VariableMeasureLayout(String pattern, String prefix, LayoutField item, LayoutField measure) {
        this.pattern = pattern;
        this.prefix = prefix;
        this.item = item;
        this.measure = measure;
    }

    /**
     * Reads a layout pattern; whitespace around it is ignored.
     *
     * @throws IllegalArgumentException saying what is wrong, if the pattern is malformed
     */
    public static VariableMeasureLayout parse(String pattern) {
        return LayoutPattern.parse(Objects.requireNonNull(pattern, "pattern").strip());
    }

    /** The pattern, e.g. {@code 21IIIIIWWWWWC}. */
    public String pattern() {
        return pattern;
    }

    /** The literal leading digits every code of this layout starts with, e.g. {@code 21}. */
    public String prefix() {
        return prefix;
    }

    /** The number of digits of a code of this layout: 13 or 12. */
    public int length() {
        return pattern.length();
    }

    /**
     * Reads a scanned code with this layout; whitespace around it is ignored.
     *
     * @return empty when the code does not have this layout's length and prefix
     * @throws InvalidBarcodeException if it does, but is not all digits or its check digit is wrong
     */
    public Optional<VariableMeasureReading> read(String code) {
        String scanned = code.strip();
        String c = length() == 12 && scanned.length() == 13 && scanned.charAt(0) == '0'
                ? scanned.substring(1) : scanned;
        if (c.length() != length() || !c.startsWith(prefix)) {
            return Optional.empty();
        }
        if (!Digits.only(c)) {
            throw new InvalidBarcodeException(NOT_DIGITS, scanned,
                    "In-store code '" + scanned + "' (layout " + pattern + ") has characters other than 0-9");
        }
        int expected = Gtin.checkDigit(c.substring(0, c.length() - 1));
        if (expected != Digits.last(c)) {
            throw new InvalidBarcodeException(BAD_CHECK_DIGIT, scanned, "In-store code " + scanned
                    + " (layout " + pattern + ") has check digit " + Digits.last(c) + ", expected " + expected);
        }
        String itemCode = item.in(c);
        long amount = Long.parseLong(measure.in(c));
        return Optional.of(measure.letter() == LayoutField.WEIGHT
                ? WeightReading.ofGrams(itemCode, amount)
                : new PriceReading(itemCode, amount));
    }

    /** True when every code this layout reads is also read by {@code earlier}, listed before it. */
    boolean isShadowedBy(VariableMeasureLayout earlier) {
        return earlier.length() == length() && prefix.startsWith(earlier.prefix);
    }

    /** Equal when the patterns are equal. */
    @Override
    public boolean equals(Object other) {
        return other instanceof VariableMeasureLayout that && pattern.equals(that.pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
