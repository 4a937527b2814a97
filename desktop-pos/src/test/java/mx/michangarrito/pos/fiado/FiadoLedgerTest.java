package mx.michangarrito.pos.fiado;

import static mx.michangarrito.pos.fiado.FiadoFixture.pesos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
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

class FiadoLedgerTest {

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

    private Money sumOfEntries(Customer c) {
        return Money.sum(fx.ledger.entries(c.id()).stream().map(FiadoEntry::signedAmount).toList());
    }

    @Test
    void balanceIsChargesMinusPaymentsMinusCreditsWithPartialPayments() {
        Customer dona = fx.customer("Doña Lupe", 1000);
        fx.charge(dona, 300);
        fx.charge(dona, 150);
        fx.pay(dona, 100);
        fx.credit(dona, 50);
        fx.pay(dona, 75);
        assertEquals(pesos(225), fx.ledger.balance(dona.id()));
        assertEquals(pesos(225), sumOfEntries(dona));
        assertEquals(List.of(EntryKind.CHARGE, EntryKind.CHARGE, EntryKind.PAYMENT, EntryKind.CREDIT, EntryKind.PAYMENT),
                fx.ledger.entries(dona.id()).stream().map(FiadoEntry::kind).toList());
    }

    @Test
    void payingMoreThanIsOwedIsRefusedNamingTheBalance() {
        Customer juan = fx.customer("Juan", 500);
        fx.charge(juan, 120);
        FiadoException e = assertThrows(FiadoException.class, () -> fx.pay(juan, 121));
        assertEquals(FiadoException.Reason.OVERPAYMENT, e.reason());
        assertTrue(e.userMessage().spanish().contains("$120.00"), e.userMessage().spanish());
        assertEquals(1, fx.count("FiadoEntry"));
        fx.pay(juan, 120);
        assertEquals(Money.ZERO, fx.ledger.balance(juan.id()));
        assertEquals(FiadoException.Reason.OVERPAYMENT, assertThrows(FiadoException.class, () -> fx.pay(juan, 1)).reason());
    }

    @Test
    void aPaymentKeepsItsTenderNoteAndCashier() {
        Customer juan = fx.customer("Juan", 500);
        fx.charge(juan, 100);
        UUID cashier = UUID.randomUUID();
        FiadoEntry paid = fx.ledger.pay(juan.id(), pesos(40), PaymentTender.TRANSFER, Optional.of(" SPEI 8812 "),
                Optional.of(cashier));
        FiadoEntry stored = fx.ledger.entries(juan.id()).getLast();
        assertEquals(paid.id(), stored.id());
        assertEquals(Optional.of(PaymentTender.TRANSFER), stored.tender());
        assertEquals(Optional.of("SPEI 8812"), stored.note());
        assertEquals(Optional.of(cashier), stored.userId());
    }

    @Test
    void aCreditLargerThanTheBalanceLeavesTheShopOwingTheCustomerAndLaterChargesUseItFirst() {
        Customer ana = fx.customer("Ana", 0);
        fx.db.writeVoid(s -> fx.ledger.charge(s, ana.id(), pesos(30), UUID.randomUUID(), Optional.of(UUID.randomUUID())));
        fx.credit(ana, 80);
        assertEquals(pesos(-50), fx.ledger.balance(ana.id()));
        fx.charge(ana, 50); // no credit limit, but it only uses what the shop owes her
        assertEquals(Money.ZERO, fx.ledger.balance(ana.id()));
    }

    @Test
    void aChargeInsideATransactionThatRollsBackLeavesNoTrace() {
        Customer juan = fx.customer("Juan", 500);
        long events = fx.count("OutboxEntry");
        assertThrows(IllegalStateException.class, () -> fx.db.writeVoid(s -> {
            fx.ledger.charge(s, juan.id(), pesos(100), UUID.randomUUID(), Optional.empty());
            throw new IllegalStateException("the printer jammed and the cashier cancelled the sale");
        }));
        assertEquals(Money.ZERO, fx.ledger.balance(juan.id()));
        assertEquals(List.of(), fx.ledger.entries(juan.id()));
        assertEquals(events, fx.count("OutboxEntry"));
    }

    @Test
    void everyEntryQueuesOneOutboxEventOfItsKind() {
        Customer juan = fx.customer("Juan", 500);
        long before = fx.count("OutboxEntry");
        fx.charge(juan, 100);
        fx.pay(juan, 40);
        fx.credit(juan, 10);
        List<OutboxEntry> events = Outbox.pending(fx.db, before, 10);
        assertEquals(List.of("fiado.charged", "fiado.paid", "fiado.credited"),
                events.stream().map(OutboxEntry::eventType).toList());
        assertEquals(fx.ledger.entries(juan.id()).stream().map(FiadoEntry::id).toList(),
                events.stream().map(OutboxEntry::eventId).toList());
        assertTrue(events.stream().allMatch(ev -> ev.aggregateId().equals(juan.id())));
        assertTrue(events.get(1).payload().contains("\"amountCentavos\":4000"), events.get(1).payload());
        assertTrue(events.get(1).payload().contains("\"tender\":\"CASH\""), events.get(1).payload());
    }

    @Test
    void meaninglessOrUnknownOperationsAreRefused() {
        Customer juan = fx.customer("Juan", 500);
        assertEquals(FiadoException.Reason.BAD_AMOUNT, assertThrows(FiadoException.class, () -> fx.charge(juan, 0)).reason());
        assertEquals(FiadoException.Reason.BAD_AMOUNT, assertThrows(FiadoException.class, () -> fx.pay(juan, -5)).reason());
        assertEquals(FiadoException.Reason.BAD_AMOUNT, assertThrows(FiadoException.class, () -> fx.credit(juan, 0)).reason());
        assertEquals(FiadoException.Reason.UNKNOWN_CUSTOMER, assertThrows(FiadoException.class,
                () -> fx.ledger.balance(UUID.randomUUID())).reason());
        assertEquals(FiadoException.Reason.UNKNOWN_CUSTOMER, assertThrows(FiadoException.class,
                () -> fx.db.writeVoid(s -> fx.ledger.charge(s, UUID.randomUUID(), pesos(1), UUID.randomUUID(),
                        Optional.empty()))).reason());
        assertEquals(0, fx.count("FiadoEntry"));
    }
}
