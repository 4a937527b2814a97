package mx.michangarrito.pos.fiado;

import static mx.michangarrito.pos.fiado.FiadoFixture.pesos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.outbox.OutboxEntry;
import mx.michangarrito.shared.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CustomerServiceTest {

    @TempDir
    Path dataDir;
    FiadoFixture fx;

    @BeforeEach
    void open() {
        fx = new FiadoFixture(dataDir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private static List<String> names(List<Customer> customers) {
        return customers.stream().map(Customer::name).toList();
    }

    @Test
    void aNewCustomerIsActiveWithAZeroBalanceANormalisedPhoneAndACreatedEvent() {
        Customer c = fx.customers.create(new CustomerDraft("  María   López ", Optional.of("+52 1 (55) 1234-5678"),
                pesos(800), Optional.of("vive en la esquina")), Optional.empty());
        Customer stored = fx.customers.find(c.id()).orElseThrow();
        assertEquals("María López", stored.name());
        assertEquals(Optional.of("5512345678"), stored.phone());
        assertEquals(pesos(800), stored.creditLimit());
        assertTrue(stored.active());
        assertEquals(Money.ZERO, fx.ledger.balance(c.id()));
        OutboxEntry event = Outbox.pending(fx.db, 0, 10).getFirst();
        assertEquals("customer.created", event.eventType());
        assertEquals(c.id(), event.aggregateId());
    }

    @Test
    void everyLimitTheCustomerHadIsKeptWithWhoSetIt() {
        UUID owner = fx.user("Dueña", mx.michangarrito.pos.user.Role.OWNER);
        Customer c = fx.customers.create(CustomerDraft.of("Pedro", pesos(300)), Optional.of(owner));
        fx.clock.advance(Duration.ofDays(3));
        fx.customers.edit(c.id(), CustomerDraft.of("Pedro", pesos(500)), Optional.of(owner));
        fx.customers.edit(c.id(), new CustomerDraft("Pedro Ruiz", Optional.empty(), pesos(500), Optional.of("primo")),
                Optional.of(owner)); // no limit change: no history row
        fx.customers.edit(c.id(), CustomerDraft.of("Pedro Ruiz", pesos(0)), Optional.empty());

        List<LimitChange> history = fx.customers.limitHistory(c.id());
        assertEquals(List.of(pesos(300), pesos(500), pesos(0)), history.stream().map(LimitChange::newLimit).toList());
        assertEquals(List.of(Optional.empty(), Optional.of(pesos(300)), Optional.of(pesos(500))),
                history.stream().map(LimitChange::oldLimit).toList());
        assertEquals(Optional.of(owner), history.get(1).changedBy());
        assertEquals(fx.clock.instant(), history.get(1).changedAt());
        assertEquals("Pedro Ruiz", fx.customers.find(c.id()).orElseThrow().name());
    }

    @Test
    void anEditThatChangesNothingWritesNothing() {
        Customer c = fx.customer("Pedro", 300);
        long events = fx.count("OutboxEntry");
        fx.customers.edit(c.id(), CustomerDraft.of("Pedro", pesos(300)), Optional.empty());
        assertEquals(events, fx.count("OutboxEntry"));
        assertEquals(1, fx.customers.limitHistory(c.id()).size());
    }

    @Test
    void aDeactivatedAccountKeepsItsBalanceAndLeavesTheActiveList() {
        Customer c = fx.customer("Lupita", 500);
        fx.charge(c, 80);
        FiadoException e = assertThrows(FiadoException.class, () -> fx.customers.deactivate(c.id(), "  ", Optional.empty()));
        assertEquals(FiadoException.Reason.REASON_REQUIRED, e.reason());
        assertTrue(fx.customers.find(c.id()).orElseThrow().active());

        assertFalse(fx.customers.deactivate(c.id(), "se mudó", Optional.empty()).active());
        assertEquals(List.of(), fx.customers.listWithBalances());
        assertEquals(List.of(pesos(80)), fx.customers.listWithBalances(false).stream().map(CustomerBalance::balance)
                .toList());
        assertEquals(pesos(80), fx.ledger.balance(c.id()));
        assertTrue(fx.customers.reactivate(c.id(), "", Optional.empty()).active());
        List<CustomerStatusChange> history = fx.customers.statusHistory(c.id());
        assertEquals(List.of(false, true), history.stream().map(CustomerStatusChange::active).toList());
        assertEquals(List.of(Optional.of("se mudó"), Optional.empty()),
                history.stream().map(CustomerStatusChange::reason).toList());
    }

    @Test
    void searchIgnoresAccentsAndCaseMatchesPhonesAndSkipsClosedAccounts() {
        fx.customers.create(new CustomerDraft("José Muñoz", Optional.of("55 1111 2222"), pesos(100), Optional.empty()),
                Optional.empty());
        fx.customer("Josefina Ángeles", 100);
        fx.customer("Ramón", 100);
        Customer closed = fx.customer("José Closed", 100);
        fx.customers.deactivate(closed.id(), "ya no viene", Optional.empty());

        assertEquals(List.of("José Muñoz"), names(fx.customers.search("MUNOZ", 10)));
        assertEquals(List.of("José Muñoz", "Josefina Ángeles"), names(fx.customers.search("jose", 10)));
        assertEquals(List.of("Josefina Ángeles"), names(fx.customers.search("angeles jos", 10)));
        assertEquals(List.of("José Muñoz"), names(fx.customers.search("1111", 10)));
        assertEquals(List.of(), names(fx.customers.search("100%", 10)));
        assertEquals(List.of(), fx.customers.search("  ", 10));
    }

    @Test
    void theListShowsEachActiveCustomerWithBalanceAndAvailableCredit() {
        Customer b = fx.customer("Beto", 300);
        Customer a = fx.customer("Ámbar", 100);
        fx.charge(b, 120);
        List<CustomerBalance> list = fx.customers.listWithBalances();
        assertEquals(List.of(a.id(), b.id()), list.stream().map(cb -> cb.customer().id()).toList());
        assertEquals(List.of(Money.ZERO, pesos(120)), list.stream().map(CustomerBalance::balance).toList());
        assertEquals(List.of(pesos(100), pesos(180)), list.stream().map(CustomerBalance::available).toList());
    }

    @Test
    void badCustomerDataIsRefused() {
        assertEquals(FiadoException.Reason.INVALID_NAME,
                assertThrows(FiadoException.class, () -> CustomerDraft.of("   ", pesos(1))).reason());
        assertEquals(FiadoException.Reason.INVALID_NAME,
                assertThrows(FiadoException.class, () -> CustomerDraft.of("x".repeat(121), pesos(1))).reason());
        assertEquals(FiadoException.Reason.INVALID_LIMIT,
                assertThrows(FiadoException.class, () -> CustomerDraft.of("Ana", pesos(-1))).reason());
        assertEquals(FiadoException.Reason.NOTE_TOO_LONG, assertThrows(FiadoException.class,
                () -> new CustomerDraft("Ana", Optional.empty(), pesos(1), Optional.of("n".repeat(501)))).reason());
        assertEquals(FiadoException.Reason.UNKNOWN_CUSTOMER, assertThrows(FiadoException.class,
                () -> fx.customers.edit(UUID.randomUUID(), CustomerDraft.of("Ana", pesos(1)), Optional.empty())).reason());
    }
}
