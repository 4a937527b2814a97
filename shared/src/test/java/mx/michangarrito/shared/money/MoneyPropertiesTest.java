package mx.michangarrito.shared.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

class MoneyPropertiesTest {

    @Property
    void formattedAmountsParseBackToTheSameAmount(@ForAll long centavos) {
        Money money = Money.ofCentavos(centavos);
        assertEquals(money, MoneyFormat.parse(money.format()));
    }

    @Property
    void allocationNeverLosesOrInventsACentavo(
            @ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long amount,
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 1, max = 1_000_000_000L) Long> weights) {
        List<Money> parts = Money.ofCentavos(amount).allocate(weights.stream().mapToLong(Long::longValue).toArray());
        assertEquals(Money.ofCentavos(amount), Money.sum(parts));
    }

    @Property
    void everyAllocatedPartIsWithinOneCentavoOfItsExactShare(
            @ForAll @LongRange(min = 0, max = 10_000_000_000L) long amount,
            @ForAll @Size(min = 1, max = 30) List<@LongRange(min = 0, max = 1_000_000L) Long> weights) {
        long total = weights.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return;
        }
        List<Money> parts = Money.ofCentavos(amount).allocate(weights.stream().mapToLong(Long::longValue).toArray());
        for (int i = 0; i < parts.size(); i++) {
            double exact = (double) amount * weights.get(i) / total; // test-only check of the bound
            assertTrue(Math.abs(parts.get(i).centavos() - exact) < 1.0 + 1e-6, () -> "part off by a centavo or more");
        }
    }
}
