package mx.michangarrito.pos.fiado;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.error.PosException;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.outbox.OutboxEntry;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who may set credit limits, the limit and status history an auditor follows, and what a deactivated
 * customer can still do, at service level on a real terminal (H2 file, real users).
 */
class CustomerLimitsAndStatusTest {

    @TempDir
    Path dataDir;
    TestTerminal fx;
    Customer rosa;

    @BeforeEach
    void open() {
        fx = new TestTerminal(dataDir);
        rosa = fx.customers.create(CustomerDraft.of("Doña Rosa", Money.ofPesos(300)), Optional.of(fx.managerId));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aCashierIsRefusedALimitChangeInSpanishAndAManagerIsNot() {
        FiadoException e = assertThrows(FiadoException.class, () -> fx.customers.edit(rosa.id(),
                CustomerDraft.of("Doña Rosa", Money.ofPesos(900)), Optional.of("buena clienta"),
                Optional.of(fx.cashierId)));
        assertEquals(FiadoException.Reason.LIMIT_NEEDS_MANAGER, e.reason());
        assertEquals("Solo un encargado o el dueño puede cambiar el límite de crédito. Pídele que entre con su usuario.",
                e.userMessage().spanish());
        assertEquals(Money.ofPesos(300), fx.customers.find(rosa.id()).orElseThrow().creditLimit());
        assertEquals(1, fx.customers.limitHistory(rosa.id()).size(), "nothing written for a refused change");
        assertEquals(FiadoException.Reason.LIMIT_NEEDS_MANAGER, assertThrows(FiadoException.class,
                () -> fx.customers.create(CustomerDraft.of("Lalo", Money.ofPesos(50)), Optional.of(fx.cashierId)))
                .reason());
        // a cashier still edits the rest, and opens accounts without credit
        fx.customers.edit(rosa.id(), new CustomerDraft("Doña Rosa", Optional.of("5512345678"), Money.ofPesos(300),
                Optional.empty()), Optional.of(fx.cashierId));
        fx.customers.create(CustomerDraft.of("Lalo", Money.ZERO), Optional.of(fx.cashierId));

        fx.clock.advance(Duration.ofHours(2));
        fx.customers.edit(rosa.id(), new CustomerDraft("Doña Rosa", Optional.of("5512345678"), Money.ofPesos(900),
                Optional.empty()), Optional.of("  paga puntual  "), Optional.of(fx.managerId));
        assertEquals(Money.ofPesos(900), fx.customers.find(rosa.id()).orElseThrow().creditLimit());
        List<CustomerHistory> history = fx.customers.history(rosa.id());
        assertEquals(2, history.size());
        CustomerHistory change = history.getLast();
        assertEquals(Optional.of(Money.ofPesos(300)), change.oldLimit());
        assertEquals(Optional.of(Money.ofPesos(900)), change.newLimit());
        assertEquals(Optional.of("Beto"), change.by());
        assertEquals(Optional.of("paga puntual"), change.reason());
        assertEquals(fx.clock.instant(), change.at());
    }

    @Test
    void aDeactivatedCustomerCannotTakeANewFiadoButKeepsBalanceStatementAndPays() {
        Product beer = fx.product("Cerveza", 2500, TaxRates.IVA_16);
        fx.shifts.open(fx.cashierId, Money.ofPesos(200));
        Cart cart = new Cart();
        cart.addUnits(beer, BigDecimal.valueOf(4));
        fx.sales.complete(cart, List.of(Tender.fiado(Money.ofPesos(100), rosa.id())), fx.cashierId);
        long seq = Outbox.pending(fx.db, 0, 1000).getLast().seq();

        fx.customers.deactivate(rosa.id(), "se fue del barrio", Optional.of(fx.cashierId));
        List<OutboxEntry> queued = Outbox.pending(fx.db, seq, 10);
        assertEquals(1, queued.size());
        assertEquals("customer.changed", queued.getFirst().eventType());
        assertTrue(queued.getFirst().payload().contains("\"active\":false"), queued.getFirst().payload());

        assertEquals(List.of(), fx.customers.search("rosa", 10), "the counter's pick leaves her out");
        Cart another = new Cart();
        another.addUnits(beer, BigDecimal.ONE);
        PosException refused = assertThrows(PosException.class, () -> fx.sales.complete(another,
                List.of(Tender.fiado(Money.ofPesos(25), rosa.id())), fx.cashierId));
        assertTrue(refused.userMessage().spanish().contains("dada de baja"), refused.userMessage().spanish());

        fx.payments.receive(rosa.id(), Money.ofPesos(40), PaymentTender.CASH, Optional.empty(), fx.cashierId);
        LocalDate today = LocalDate.ofInstant(fx.clock.instant(), fx.services().shopZone());
        FiadoStatement statement = fx.fiado.statement(rosa.id(), today, today);
        assertEquals(Money.ofPesos(100), statement.charges());
        assertEquals(Money.ofPesos(40), statement.payments());
        assertEquals(Money.ofPesos(60), statement.closing());
        assertEquals(List.of(Money.ofPesos(60)), fx.customers.listWithBalances(false).stream()
                .map(CustomerBalance::balance).toList());

        List<CustomerHistory> history = fx.customers.history(rosa.id());
        CustomerHistory off = history.getLast();
        assertEquals(Optional.of(false), off.active());
        assertEquals(Optional.of("Caro"), off.by());
        assertEquals(Optional.of("se fue del barrio"), off.reason());
        assertFalse(off.isLimitChange());
    }
}
