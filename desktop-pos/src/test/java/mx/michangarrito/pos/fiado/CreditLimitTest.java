package mx.michangarrito.pos.fiado;

import static mx.michangarrito.pos.fiado.FiadoFixture.pesos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CreditLimitTest {

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

    @Test
    void aChargeOverTheLimitIsRefusedNamingTheAvailableCreditAndNothingIsWritten() {
        Customer juan = fx.customer("Juan Pérez", 500);
        fx.charge(juan, 300);
        long entries = fx.count("FiadoEntry");
        long events = fx.count("OutboxEntry");

        FiadoException e = assertThrows(FiadoException.class, () -> fx.charge(juan, 201));

        assertEquals(FiadoException.Reason.OVER_LIMIT, e.reason());
        assertTrue(e.userMessage().spanish().contains("$200.00"), e.userMessage().spanish());
        assertEquals(pesos(300), fx.ledger.balance(juan.id()));
        assertEquals(entries, fx.count("FiadoEntry"));
        assertEquals(events, fx.count("OutboxEntry"));
        fx.charge(juan, 200); // exactly up to the limit is fine
        assertEquals(pesos(500), fx.ledger.balance(juan.id()));
    }

    @Test
    void aCustomerWithAZeroLimitGetsNoCredit() {
        Customer nobody = fx.customer("Sin crédito", 0);
        FiadoException e = assertThrows(FiadoException.class, () -> fx.charge(nobody, 1));
        assertEquals(FiadoException.Reason.NO_CREDIT, e.reason());
        assertEquals(Money.ZERO, fx.ledger.balance(nobody.id()));
    }

    @Test
    void aManagerOverrideAllowsGoingOverTheLimitAndIsRecorded() {
        Customer juan = fx.customer("Juan", 100);
        UUID manager = UUID.randomUUID();
        UUID sale = UUID.randomUUID();
        fx.db.writeVoid(s -> fx.ledger.charge(s, juan.id(), pesos(250), sale, Optional.of(manager)));
        FiadoEntry entry = fx.lastEntry(juan);
        assertEquals(Optional.of(manager), entry.authorizedBy());
        assertEquals(Optional.of(sale), entry.referenceId());
        assertEquals(pesos(250), fx.ledger.balance(juan.id()));

        Customer rosa = fx.customer("Rosa", 0);
        fx.db.writeVoid(s -> fx.ledger.charge(s, rosa.id(), pesos(10), UUID.randomUUID(), Optional.of(manager)));
        assertEquals(pesos(10), fx.ledger.balance(rosa.id()));
    }

    @Test
    void anOverrideThatWasNotNeededIsNotRecorded() {
        Customer juan = fx.customer("Juan", 100);
        fx.db.writeVoid(s -> fx.ledger.charge(s, juan.id(), pesos(50), UUID.randomUUID(),
                Optional.of(UUID.randomUUID())));
        assertEquals(Optional.empty(), fx.lastEntry(juan).authorizedBy());
    }

    @Test
    void aDeactivatedAccountTakesNoChargesButStillTakesCreditsAndPayments() {
        Customer juan = fx.customer("Juan", 500);
        fx.charge(juan, 100);
        fx.customers.deactivate(juan.id(), "dejó de pagar", Optional.empty());
        FiadoException e = assertThrows(FiadoException.class, () -> fx.charge(juan, 10));
        assertEquals(FiadoException.Reason.INACTIVE_CUSTOMER, e.reason());
        assertTrue(e.userMessage().spanish().contains("Puede seguir abonando"), e.userMessage().spanish());
        fx.credit(juan, 10);
        fx.pay(juan, 40);
        assertEquals(pesos(50), fx.ledger.balance(juan.id()));
    }
}
