package mx.michangarrito.shared.tax;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An IEPS (special tax on production and services) rate given as a percentage of the base, e.g. 8 for
 * snacks, 26.5 for beer, 160 for cigarettes. IEPS is computed on the base and is itself part of the IVA
 * base, as SAT applies it. Rates are compared by value ({@code 8} equals {@code 8.00}).
 *
 * @param percent the rate in percent, zero or more
 */
public record IepsRate(BigDecimal percent) implements Comparable<IepsRate> {

    public IepsRate {
        Objects.requireNonNull(percent, "percent");
        if (percent.signum() < 0) {
            throw new IllegalArgumentException("an IEPS rate cannot be negative: " + percent);
        }
        percent = percent.signum() == 0 ? BigDecimal.ZERO : percent.stripTrailingZeros();
    }

    public static IepsRate ofPercent(String percent) {
        return new IepsRate(new BigDecimal(percent));
    }

    /** The rate as a fraction (0.08 for 8 %). */
    public BigDecimal rate() {
        return percent.movePointLeft(2);
    }

    @Override
    public int compareTo(IepsRate other) {
        return percent.compareTo(other.percent);
    }

    @Override
    public String toString() {
        return "IEPS " + percent.toPlainString() + " %";
    }
}
