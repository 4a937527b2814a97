package mx.michangarrito.shared.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @Test
    void pesosAreHundredsOfCentavos() {
        assertEquals(Money.ofCentavos(5000), Money.ofPesos(50));
    }

    @Test
    void addsAndSubtractsExactly() {
        Money a = Money.ofCentavos(1050);
        assertEquals(Money.ofCentavos(1575), a.plus(Money.ofCentavos(525)));
        assertEquals(Money.ofCentavos(-25), a.minus(Money.ofCentavos(1075)));
    }

    @Test
    void overflowFailsInsteadOfWrappingAround() {
        assertThrows(ArithmeticException.class, () -> Money.ofCentavos(Long.MAX_VALUE).plus(Money.ofCentavos(1)));
        assertThrows(ArithmeticException.class, () -> Money.ofCentavos(Long.MAX_VALUE / 2 + 1).times(2));
    }

    @ParameterizedTest(name = "{0} c x {1} = {2} c")
    @CsvSource({
        "1990, 3, 5970",
        "8990, 0.250, 2248",   // 22.475 pesos rounds half up to 22.48
        "8990, 0.255, 2292",   // 22.9245 -> 22.92
        "100, 0.005, 1",       // 0.5 centavo rounds up
        "100, 0.004, 0",
        "-100, 0.005, -1",     // HALF_UP is symmetric: away from zero
        "3333, 1.5, 5000",     // 4999.5 -> 5000
    })
    void multipliesByQuantityRoundingHalfUp(long price, String quantity, long expected) {
        assertEquals(Money.ofCentavos(expected), Money.ofCentavos(price).times(new BigDecimal(quantity)));
    }

    @ParameterizedTest
    @CsvSource({"1505, 10, 151", "1000, 16, 160", "999, 12.5, 125", "1, 50, 1", "-1, 50, -1"})
    void percentRoundsHalfUpToTheCentavo(long amount, String percent, long expected) {
        assertEquals(Money.ofCentavos(expected), Money.ofCentavos(amount).percent(new BigDecimal(percent)));
    }

    @Test
    void allocatesInProportionWithoutLosingACentavo() {
        List<Money> parts = Money.ofCentavos(100).allocate(1, 1, 1);
        assertEquals(List.of(Money.ofCentavos(34), Money.ofCentavos(33), Money.ofCentavos(33)), parts);
    }

    @Test
    void allocationGivesLeftoverCentavosToLargestRemainders() {
        // exact shares 14.2857 / 28.5714 / 57.1428 -> floors 14/28/57 (99), leftover goes to .5714
        assertEquals(List.of(Money.ofCentavos(14), Money.ofCentavos(29), Money.ofCentavos(57)),
                Money.ofCentavos(100).allocate(1, 2, 4));
    }

    @Test
    void allocationOfANegativeAmountMirrorsThePositiveOne() {
        assertEquals(List.of(Money.ofCentavos(-34), Money.ofCentavos(-33), Money.ofCentavos(-33)),
                Money.ofCentavos(-100).allocate(1, 1, 1));
    }

    @Test
    void allocationSkipsZeroWeights() {
        assertEquals(List.of(Money.ZERO, Money.ofCentavos(10)), Money.ofCentavos(10).allocate(0, 7));
    }

    @Test
    void allocationOfNothingOverZeroWeightsIsAllZero() {
        assertEquals(List.of(Money.ZERO, Money.ZERO), Money.ZERO.allocate(0, 0));
    }

    @Test
    void allocationRejectsNegativeOrAllZeroWeights() {
        assertThrows(IllegalArgumentException.class, () -> Money.ofCentavos(10).allocate(1, -1));
        assertThrows(IllegalArgumentException.class, () -> Money.ofCentavos(10).allocate(0, 0));
        assertThrows(IllegalArgumentException.class, () -> Money.ofCentavos(10).allocate());
    }

    @Test
    void allocationHandlesWeightsWhoseProductOverflowsALong() {
        Money big = Money.ofCentavos(Long.MAX_VALUE / 2);
        List<Money> parts = big.allocate(Long.MAX_VALUE / 3, Long.MAX_VALUE / 3);
        assertEquals(big, Money.sum(parts));
    }

    @Test
    void splitsEvenlyWithExtraCentavosFirst() {
        assertEquals(List.of(Money.ofCentavos(4), Money.ofCentavos(3), Money.ofCentavos(3)),
                Money.ofCentavos(10).split(3));
    }

    @Test
    void comparesByAmount() {
        assertEquals(-1, Integer.signum(Money.ofCentavos(-5).compareTo(Money.ZERO)));
        assertEquals(Money.ofCentavos(7), Money.max(Money.ofCentavos(7), Money.ofCentavos(3)));
    }
}
