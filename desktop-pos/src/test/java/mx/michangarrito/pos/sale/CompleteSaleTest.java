package mx.michangarrito.pos.sale;

import mx.michangarrito.pos.testing.TestTerminal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import mx.michangarrito.pos.cash.CashException;
import mx.michangarrito.pos.cash.CashMovement;
import mx.michangarrito.pos.cash.CashMovementKind;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.outbox.Outbox;
import mx.michangarrito.pos.outbox.OutboxEntry;
import mx.michangarrito.pos.user.UserException;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompleteSaleTest {

    @TempDir
    Path dataDir;
    TestTerminal fx;
    Product coke;
    Product bread;

    @BeforeEach
    void open() {
        fx = new TestTerminal(dataDir);
        coke = fx.product("Coca-Cola 600 ml", "7501055300075", 1800, TaxRates.IVA_16);
        bread = fx.product("Bolillo", null, 250, TaxRates.IVA_0);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Cart cokeAndBread() {
        Cart cart = new Cart();
        cart.addUnits(coke, new BigDecimal("2"));
        cart.addUnits(bread, new BigDecimal("4"));
        return cart; // $36.00 + $10.00
    }

    @Test
    void aCashSaleStoresEverythingAndGivesChange() {
        fx.shifts.open(fx.cashierId, Money.ofPesos(500));
        CompletedSale sale = fx.sales.complete(cokeAndBread(), List.of(Tender.cash(Money.ofPesos(100))), fx.cashierId);

        assertEquals("CAJA1-1", sale.folio());
        assertEquals(Money.ofPesos(54), sale.change());
        assertEquals(new BigDecimal("-2.000"), fx.stock.onHand(coke.id()));
        List<CashMovement> cash = fx.shifts.movements(fx.shifts.current().orElseThrow().id());
        assertEquals(CashMovementKind.SALE, cash.getFirst().kind());
        assertEquals(Money.ofPesos(46), cash.getFirst().amount());
        Sale stored = fx.db.read(s -> s.find(Sale.class, sale.saleId()));
        assertEquals(Money.ofPesos(46), stored.total());
        assertEquals(stored.total(), stored.subtotal().plus(stored.ieps()).plus(stored.iva()));
    }

    @Test
    void foliosCountUpPerTerminal() {
        fx.shifts.open(fx.cashierId, Money.ZERO);
        fx.sales.complete(cokeAndBread(), List.of(Tender.cash(Money.ofPesos(46))), fx.cashierId);
        CompletedSale second = fx.sales.complete(cokeAndBread(), List.of(Tender.cash(Money.ofPesos(46))), fx.cashierId);
        assertEquals("CAJA1-2", second.folio());
    }

    @Test
    void severalTendersAtOnceWithChangeOnlyFromCash() {
        fx.shifts.open(fx.cashierId, Money.ZERO);
        CompletedSale sale = fx.sales.complete(cokeAndBread(), List.of(Tender.card(Money.ofPesos(30), "123456"),
                Tender.transfer(Money.ofPesos(6), "SPEI 998"), Tender.cash(Money.ofPesos(20))), fx.cashierId);
        assertEquals(Money.ofPesos(10), sale.change());
        List<CashMovement> cash = fx.shifts.movements(fx.shifts.current().orElseThrow().id());
        assertEquals(Money.ofPesos(10), cash.getFirst().amount()); // $20 handed, $10 back
    }

    @Test
    void everyPartOfTheSaleQueuesItsOutboxEventInOneGaplessRun() {
        fx.shifts.open(fx.cashierId, Money.ZERO);
        long before = Outbox.pending(fx.db, 0, 1000).size();
        fx.sales.complete(cokeAndBread(), List.of(Tender.cash(Money.ofPesos(50))), fx.cashierId);
        List<OutboxEntry> events = Outbox.pending(fx.db, before, 1000);
        assertEquals(List.of("stock.moved", "stock.moved", "cash.moved", "sale.completed"),
                events.stream().map(OutboxEntry::eventType).toList());
        for (int i = 1; i < events.size(); i++) {
            assertEquals(events.get(i - 1).seq() + 1, events.get(i).seq());
        }
        assertTrue(events.getLast().payload().contains("\"folio\":\"CAJA1-1\""));
    }

    @Test
    void aShortPaymentIsRefusedAndNothingIsWritten() {
        fx.shifts.open(fx.cashierId, Money.ZERO);
        long outbox = fx.count("OutboxEntry");
        SaleException e = assertThrows(SaleException.class,
                () -> fx.sales.complete(cokeAndBread(), List.of(Tender.cash(Money.ofPesos(40))), fx.cashierId));
        assertEquals(SaleException.Reason.TENDER_SHORT, e.reason());
        assertTrue(e.userMessage().spanish().contains("faltan $6.00"), e.userMessage().spanish());
        assertEquals(0, fx.count("Sale"));
        assertEquals(outbox, fx.count("OutboxEntry"));
    }

    @Test
    void cardCannotPayMoreThanTheTotal() {
        fx.shifts.open(fx.cashierId, Money.ZERO);
        assertEquals(SaleException.Reason.NON_CASH_OVERPAYMENT, assertThrows(SaleException.class,
                () -> fx.sales.complete(cokeAndBread(), List.of(Tender.card(Money.ofPesos(50), "1")), fx.cashierId)).reason());
    }

    @Test
    void cardNeedsItsAuthorisationNumber() {
        assertEquals(SaleException.Reason.CARD_NEEDS_AUTHORISATION,
                assertThrows(SaleException.class, () -> Tender.card(Money.ofPesos(1), " ")).reason());
    }

    @Test
    void withoutAnOpenShiftNothingIsSold() {
        assertEquals(CashException.Reason.NO_OPEN_SHIFT, assertThrows(CashException.class,
                () -> fx.sales.complete(cokeAndBread(), List.of(Tender.cash(Money.ofPesos(46))), fx.cashierId)).reason());
        assertEquals(0, fx.count("Sale"));
        assertEquals(0, fx.count("StockMovement"));
    }

    @Test
    void anEmptyCartCannotBePaid() {
        fx.shifts.open(fx.cashierId, Money.ZERO);
        assertEquals(SaleException.Reason.EMPTY_CART, assertThrows(SaleException.class,
                () -> fx.sales.complete(new Cart(), List.of(Tender.cash(Money.ofPesos(1))), fx.cashierId)).reason());
    }

    @Test
    void aDiscountAboveTheLimitNeedsAManagersPin() {
        fx.shifts.open(fx.cashierId, Money.ZERO);
        Cart cart = cokeAndBread();
        cart.setTicketDiscount(new Discount.Percent(new BigDecimal("20")));
        assertEquals(SaleException.Reason.DISCOUNT_NEEDS_MANAGER, assertThrows(SaleException.class,
                () -> fx.sales.complete(cart, List.of(Tender.cash(Money.ofPesos(50))), fx.cashierId)).reason());
        assertThrows(UserException.class, () -> fx.sales.approveDiscounts(cart, fx.managerId, "0000"));
        assertThrows(UserException.class, () -> fx.sales.approveDiscounts(cart, fx.cashierId, TestTerminal.CASHIER_PIN));
        fx.sales.approveDiscounts(cart, fx.managerId, TestTerminal.MANAGER_PIN);
        CompletedSale sale = fx.sales.complete(cart, List.of(Tender.cash(Money.ofPesos(50))), fx.cashierId);
        assertEquals(Money.ofCentavos(3680), sale.totals().total());
        assertEquals(java.util.Optional.of(fx.managerId),
                fx.db.read(s -> s.find(Sale.class, sale.saleId())).discountAuthorizedBy());
    }

    @Test
    void changingADiscountAfterApprovalNeedsApprovalAgain() {
        Cart cart = cokeAndBread();
        cart.setTicketDiscount(new Discount.Percent(new BigDecimal("20")));
        fx.sales.approveDiscounts(cart, fx.managerId, TestTerminal.MANAGER_PIN);
        cart.setTicketDiscount(new Discount.Percent(new BigDecimal("50")));
        assertTrue(fx.sales.needsDiscountApproval(cart));
    }
}
