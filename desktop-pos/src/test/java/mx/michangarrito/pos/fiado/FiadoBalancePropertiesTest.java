package mx.michangarrito.pos.fiado;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import mx.michangarrito.shared.money.Money;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever the cashier does, in any order, the balance is charges − payments − credits, and refusals write nothing. */
class FiadoBalancePropertiesTest {

    private static Path dataDir;
    private static FiadoFixture fx;

    sealed interface Op {
        long centavos();
    }

    record Charge(long centavos, boolean managerOverride) implements Op {
    }

    record Pay(long centavos) implements Op {
    }

    record Credit(long centavos) implements Op {
    }

    @BeforeContainer
    static void open() throws IOException {
        dataDir = Files.createTempDirectory("fiado-properties");
        fx = new FiadoFixture(dataDir);
    }

    @AfterContainer
    static void close() throws IOException {
        fx.close();
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Provide
    Arbitrary<List<Op>> operations() {
        Arbitrary<Long> amounts = Arbitraries.longs().between(1, 60_000);
        Arbitrary<Op> op = Arbitraries.oneOf(
                Combinators.combine(amounts, Arbitraries.of(false, false, false, true)).as(Charge::new),
                amounts.map(Pay::new),
                amounts.map(Credit::new));
        return op.list().ofMaxSize(25);
    }

    @Property(tries = 60)
    void balanceAlwaysEqualsChargesMinusPaymentsMinusCredits(@ForAll("operations") List<Op> ops,
            @ForAll @LongRange(min = 0, max = 100_000) long limitCentavos) {
        Customer customer = fx.customers.create(CustomerDraft.of("Cliente", Money.ofCentavos(limitCentavos)),
                Optional.empty());
        long expected = 0;
        for (Op op : ops) {
            fx.clock.advance(Duration.ofHours(17));
            boolean allowed = switch (op) {
                case Charge c -> c.managerOverride() || expected + c.centavos() <= limitCentavos;
                case Pay p -> p.centavos() <= expected;
                case Credit c -> true;
            };
            long entriesBefore = fx.count("FiadoEntry");
            if (allowed) {
                apply(customer, op);
                expected += op instanceof Charge ? op.centavos() : -op.centavos();
            } else {
                assertThrows(FiadoException.class, () -> apply(customer, op));
                assertEquals(entriesBefore, fx.count("FiadoEntry"));
            }
            assertEquals(Money.ofCentavos(expected), fx.ledger.balance(customer.id()));
        }
        List<FiadoEntry> entries = fx.ledger.entries(customer.id());
        assertEquals(Money.ofCentavos(expected), Money.sum(entries.stream().map(FiadoEntry::signedAmount).toList()));
        assertEquals(expected, total(entries, EntryKind.CHARGE) - total(entries, EntryKind.PAYMENT)
                - total(entries, EntryKind.CREDIT));
        assertAgingAddsUpToTheBalance(customer, expected);
    }

    private static void apply(Customer customer, Op op) {
        Money amount = Money.ofCentavos(op.centavos());
        switch (op) {
            case Charge c -> fx.db.writeVoid(s -> fx.ledger.charge(s, customer.id(), amount, UUID.randomUUID(),
                    c.managerOverride() ? Optional.of(UUID.randomUUID()) : Optional.empty()));
            case Pay p -> fx.ledger.pay(customer.id(), amount, PaymentTender.CASH, Optional.empty(), Optional.empty());
            case Credit c -> fx.db.writeVoid(s -> fx.ledger.credit(s, customer.id(), amount, UUID.randomUUID()));
        }
    }

    private static long total(List<FiadoEntry> entries, EntryKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).mapToLong(e -> e.amount().centavos()).sum();
    }

    private static void assertAgingAddsUpToTheBalance(Customer customer, long balance) {
        Optional<AgingRow> row = fx.ledger.aging(fx.clock.instant()).stream()
                .filter(r -> r.customer().id().equals(customer.id())).findFirst();
        assertEquals(balance > 0, row.isPresent());
        row.ifPresent(r -> assertTrue(r.upTo30Days().plus(r.days31To60()).plus(r.over60Days()).centavos() == balance));
    }
}
