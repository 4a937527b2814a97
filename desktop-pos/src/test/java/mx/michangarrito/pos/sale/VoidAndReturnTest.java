package mx.michangarrito.pos.sale;

import mx.michangarrito.pos.testing.TestTerminal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import mx.michangarrito.pos.cash.CashMovement;
import mx.michangarrito.pos.cash.CashMovementKind;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.user.UserException;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoidAndReturnTest {

    @TempDir
    Path dataDir;
    TestTerminal fx;
    VoidService voids;
    ReturnService returns;
    Product soap;

    @BeforeEach
    void open() {
        fx = new TestTerminal(dataDir);
        voids = fx.voids;
        returns = fx.returns;
        soap = fx.product("Jabón Zote", "7501026005688", 1000, TaxRates.IVA_16);
        fx.shifts.open(fx.cashierId, Money.ofPesos(200));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private CompletedSale sellSoap(int pieces, Tender tender) {
        Cart cart = new Cart();
        cart.addUnits(soap, BigDecimal.valueOf(pieces));
        return fx.sales.complete(cart, List.of(tender), fx.cashierId);
    }

    private Money drawer() {
        return Money.sum(fx.shifts.movements(fx.shifts.current().orElseThrow().id()).stream()
                .map(CashMovement::amount).toList());
    }

    @Test
    void aVoidPutsBackStockAndCashAndLeavesTheSaleAsItWas() {
        CompletedSale sale = sellSoap(3, Tender.cash(Money.ofPesos(50)));
        voids.voidSale(sale.saleId(), "cliente se arrepintió", fx.cashierId, fx.managerId, TestTerminal.MANAGER_PIN);
        assertEquals(new BigDecimal("0.000"), fx.stock.onHand(soap.id()));
        assertEquals(Money.ZERO, drawer());
        assertEquals(Money.ofPesos(30), fx.db.read(s -> s.find(Sale.class, sale.saleId())).total());
        List<CashMovement> cash = fx.shifts.movements(fx.shifts.current().orElseThrow().id());
        assertEquals(CashMovementKind.VOID, cash.getLast().kind());
    }

    @Test
    void aVoidNeedsAManagerAndAReasonAndHappensOnce() {
        CompletedSale sale = sellSoap(1, Tender.cash(Money.ofPesos(10)));
        assertThrows(UserException.class,
                () -> voids.voidSale(sale.saleId(), "x", fx.cashierId, fx.cashierId, TestTerminal.CASHIER_PIN));
        assertEquals(SaleException.Reason.REASON_REQUIRED, assertThrows(SaleException.class,
                () -> voids.voidSale(sale.saleId(), " ", fx.cashierId, fx.managerId, TestTerminal.MANAGER_PIN)).reason());
        voids.voidSale(sale.saleId(), "error", fx.cashierId, fx.managerId, TestTerminal.MANAGER_PIN);
        assertEquals(SaleException.Reason.ALREADY_VOIDED, assertThrows(SaleException.class,
                () -> voids.voidSale(sale.saleId(), "error", fx.cashierId, fx.managerId, TestTerminal.MANAGER_PIN)).reason());
        assertEquals(1, fx.count("SaleVoid"));
    }

    @Test
    void aSaleOfAnotherShiftIsReturnedNotVoided() {
        CompletedSale sale = sellSoap(1, Tender.cash(Money.ofPesos(10)));
        fx.db.writeVoid(s -> s.persist(new mx.michangarrito.pos.cash.ShiftClosingRow(
                fx.shifts.current().orElseThrow().id(), fx.clock.instant(), fx.managerId)));
        fx.shifts.open(fx.cashierId, Money.ZERO);
        assertEquals(SaleException.Reason.VOID_OTHER_SHIFT, assertThrows(SaleException.class,
                () -> voids.voidSale(sale.saleId(), "x", fx.cashierId, fx.managerId, TestTerminal.MANAGER_PIN)).reason());
    }

    @Test
    void aPartialReturnRefundsItsShareAndPutsStockBack() {
        CompletedSale sale = sellSoap(3, Tender.card(Money.ofPesos(30), "A1"));
        SaleLine line = fx.db.read(s -> SaleQueries.lines(s, sale.saleId())).getFirst();
        SaleReturn ret = returns.returnItems(sale.saleId(), Map.of(line.id(), BigDecimal.ONE), TenderKind.CASH,
                fx.cashierId, "caja abierta");
        assertEquals(Money.ofPesos(10), ret.total());
        assertEquals(new BigDecimal("-2.000"), fx.stock.onHand(soap.id()));
        assertEquals(Money.ofPesos(-10), drawer());
    }

    @Test
    void returningEverythingInPartsGivesBackExactlyWhatWasCharged() {
        Cart cart = new Cart();
        cart.addUnits(soap, new BigDecimal("3"));
        cart.setTicketDiscount(new Discount.Amount(Money.ofCentavos(1)));
        CompletedSale sale = fx.sales.complete(cart, List.of(Tender.cash(Money.ofCentavos(2999))), fx.cashierId);
        SaleLine line = fx.db.read(s -> SaleQueries.lines(s, sale.saleId())).getFirst();
        SaleReturn first = returns.returnItems(sale.saleId(), Map.of(line.id(), BigDecimal.ONE), TenderKind.CASH, fx.cashierId, null);
        SaleReturn rest = returns.returnItems(sale.saleId(), Map.of(line.id(), new BigDecimal("2")), TenderKind.CASH, fx.cashierId, null);
        assertEquals(line.amount(), first.total().plus(rest.total()));
        List<SaleReturnLine> parts = fx.db.read(s -> SaleQueries.returned(s, line.id()));
        assertEquals(line.iva(), Money.sum(parts.stream().map(SaleReturnLine::iva).toList()));
        assertEquals(line.base(), Money.sum(parts.stream().map(SaleReturnLine::base).toList()));
    }

    @Test
    void moreThanWasSoldCannotComeBack() {
        CompletedSale sale = sellSoap(2, Tender.cash(Money.ofPesos(20)));
        SaleLine line = fx.db.read(s -> SaleQueries.lines(s, sale.saleId())).getFirst();
        returns.returnItems(sale.saleId(), Map.of(line.id(), BigDecimal.ONE), TenderKind.CASH, fx.cashierId, null);
        SaleException e = assertThrows(SaleException.class, () -> returns.returnItems(sale.saleId(),
                Map.of(line.id(), new BigDecimal("1.5")), TenderKind.CASH, fx.cashierId, null));
        assertEquals(SaleException.Reason.RETURN_TOO_MUCH, e.reason());
        assertEquals(1, fx.count("SaleReturn"));
    }

    @Test
    void aVoidedSaleTakesNoReturnsAndASaleWithReturnsIsNotVoided() {
        CompletedSale a = sellSoap(1, Tender.cash(Money.ofPesos(10)));
        voids.voidSale(a.saleId(), "error", fx.cashierId, fx.managerId, TestTerminal.MANAGER_PIN);
        SaleLine lineA = fx.db.read(s -> SaleQueries.lines(s, a.saleId())).getFirst();
        assertEquals(SaleException.Reason.RETURN_OF_VOIDED, assertThrows(SaleException.class, () -> returns.returnItems(
                a.saleId(), Map.of(lineA.id(), BigDecimal.ONE), TenderKind.CASH, fx.cashierId, null)).reason());

        CompletedSale b = sellSoap(2, Tender.cash(Money.ofPesos(20)));
        SaleLine lineB = fx.db.read(s -> SaleQueries.lines(s, b.saleId())).getFirst();
        returns.returnItems(b.saleId(), Map.of(lineB.id(), BigDecimal.ONE), TenderKind.CASH, fx.cashierId, null);
        assertEquals(SaleException.Reason.VOID_AFTER_RETURN, assertThrows(SaleException.class,
                () -> voids.voidSale(b.saleId(), "x", fx.cashierId, fx.managerId, TestTerminal.MANAGER_PIN)).reason());
    }

    @Test
    void aFiadoRefundNeedsASaleToACustomer() {
        CompletedSale sale = sellSoap(1, Tender.cash(Money.ofPesos(10)));
        SaleLine line = fx.db.read(s -> SaleQueries.lines(s, sale.saleId())).getFirst();
        assertEquals(SaleException.Reason.REFUND_FIADO_WITHOUT_CUSTOMER, assertThrows(SaleException.class,
                () -> returns.returnItems(sale.saleId(), Map.of(line.id(), BigDecimal.ONE), TenderKind.FIADO,
                        fx.cashierId, null)).reason());
    }
}
