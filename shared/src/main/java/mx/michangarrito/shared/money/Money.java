package mx.michangarrito.shared.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An amount of Mexican pesos (MXN) as a whole number of centavos. Arithmetic is exact and fails with
 * {@link ArithmeticException} on overflow; the only rounding is {@link RoundingMode#HALF_UP} to the
 * centavo where a fraction appears (quantities, percentages), and {@link #allocate(long...)} never
 * loses or invents a centavo.
 *
 * @param centavos the amount in centavos; negative amounts are allowed (refunds, differences)
 */
@JsonIgnoreProperties({"zero", "negative", "positive"})
public record Money(long centavos) implements Comparable<Money> {

    public static final Money ZERO = new Money(0);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Money ofCentavos(long centavos) {
        return new Money(centavos);
    }

    /** Whole pesos, e.g. {@code ofPesos(50)} is $50.00. */
    public static Money ofPesos(long pesos) {
        return new Money(Math.multiplyExact(pesos, 100L));
    }

    /** Parses an amount as cashiers and owners type it in Mexico; see {@link MoneyFormat#parse}. */
    public static Money parse(String text) {
        return MoneyFormat.parse(text);
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(centavos, other.centavos));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(centavos, other.centavos));
    }

    public Money negate() {
        return new Money(Math.negateExact(centavos));
    }

    public Money abs() {
        return centavos < 0 ? negate() : this;
    }

    /** Exact multiplication by a whole count. */
    public Money times(long count) {
        return new Money(Math.multiplyExact(centavos, count));
    }

    /** Price × quantity (pieces or kilograms), rounded HALF_UP to the centavo. */
    public Money times(BigDecimal quantity) {
        Objects.requireNonNull(quantity, "quantity");
        return new Money(BigDecimal.valueOf(centavos).multiply(quantity)
                .setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** {@code percent} % of this amount, rounded HALF_UP to the centavo ({@code percent(10)} of $15.05 is $1.51). */
    public Money percent(BigDecimal percent) {
        Objects.requireNonNull(percent, "percent");
        return new Money(BigDecimal.valueOf(centavos).multiply(percent)
                .divide(HUNDRED, 0, RoundingMode.HALF_UP).longValueExact());
    }

    public boolean isZero() {
        return centavos == 0;
    }

    public boolean isNegative() {
        return centavos < 0;
    }

    public boolean isPositive() {
        return centavos > 0;
    }

    public boolean isGreaterThan(Money other) {
        return centavos > other.centavos;
    }

    public boolean isLessThan(Money other) {
        return centavos < other.centavos;
    }

    public static Money max(Money a, Money b) {
        return a.centavos >= b.centavos ? a : b;
    }

    public static Money min(Money a, Money b) {
        return a.centavos <= b.centavos ? a : b;
    }

    public static Money sum(Iterable<Money> amounts) {
        Money total = ZERO;
        for (Money amount : amounts) {
            total = total.plus(amount);
        }
        return total;
    }

    /** The amount in pesos with two decimals, e.g. {@code 1234.50}. */
    public BigDecimal toPesos() {
        return BigDecimal.valueOf(centavos, 2);
    }

    /**
     * Splits this amount in proportion to {@code weights} by the largest-remainder method: the parts add
     * up exactly to this amount, each part differs from its exact share by less than one centavo, and
     * ties go to the earlier weight, so the result is deterministic.
     *
     * @param weights non-negative; at least one, and some positive unless this amount is zero
     * @return one part per weight, in order, each with the sign of this amount (or zero)
     */
    public List<Money> allocate(long... weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("allocation needs at least one weight");
        }
        BigInteger totalWeight = BigInteger.ZERO;
        for (long weight : weights) {
            if (weight < 0) {
                throw new IllegalArgumentException("allocation weights must not be negative: " + weight);
            }
            totalWeight = totalWeight.add(BigInteger.valueOf(weight));
        }
        if (totalWeight.signum() == 0) {
            if (centavos != 0) {
                throw new IllegalArgumentException("cannot allocate " + this + " over weights that are all zero");
            }
            return IntStream.range(0, weights.length).mapToObj(i -> ZERO).toList();
        }
        return allocatePositive(Math.abs(centavos), weights, totalWeight, centavos < 0);
    }

    private static List<Money> allocatePositive(long amount, long[] weights, BigInteger totalWeight, boolean negative) {
        BigInteger total = BigInteger.valueOf(amount);
        long[] parts = new long[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        long given = 0;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] division = total.multiply(BigInteger.valueOf(weights[i])).divideAndRemainder(totalWeight);
            parts[i] = division[0].longValueExact();
            remainders[i] = division[1];
            given += parts[i];
        }
        Integer[] byRemainder = IntStream.range(0, weights.length).boxed().toArray(Integer[]::new);
        Arrays.sort(byRemainder, Comparator.comparing((Integer i) -> remainders[i]).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; given < amount; k++, given++) {
            parts[byRemainder[k]]++;
        }
        List<Money> result = new ArrayList<>(parts.length);
        for (long part : parts) {
            result.add(new Money(negative ? -part : part));
        }
        return List.copyOf(result);
    }

    /** Splits into {@code count} parts as equal as possible (earlier parts get the extra centavos). */
    public List<Money> split(int count) {
        if (count <= 0) {
            throw new IllegalArgumentException("split needs a positive count: " + count);
        }
        long[] weights = new long[count];
        Arrays.fill(weights, 1);
        return allocate(weights);
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(centavos, other.centavos);
    }

    /** es-MX format, e.g. {@code $1,234.50} or {@code -$0.50}. */
    public String format() {
        return MoneyFormat.format(this);
    }

    @Override
    public String toString() {
        return format();
    }
}
