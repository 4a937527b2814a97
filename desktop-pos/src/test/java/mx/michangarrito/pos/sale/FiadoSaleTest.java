package mx.michangarrito.pos.sale;

import mx.michangarrito.pos.testing.TestTerminal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.cash.CashMovement;
import mx.michangarrito.pos.cash.CashMovementKind;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.pos.fiado.FiadoException;
import mx.michangarrito.pos.fiado.FiadoPayments;
import mx.michangarrito.pos.fiado.PaymentTender;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FiadoSaleTest {

    @TempDir
    Path dataDir;
    TestTerminal fx;
    Product beer;
    UUID donPepe;

    @BeforeEach
    void open() {
        fx = new TestTerminal(dataDir);
        beer = fx.product("Cerveza", null, 2500, TaxRates.IVA_16);
        donPepe = fx.customers.create(CustomerDraft.of("Don Pepe", Money.ofPesos(200)), Optional.empty()).id();
        fx.shifts.open(fx.cashierId, Money.ofPesos(100));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Cart beers(int n) {
        Cart cart = new Cart();
        cart.addUnits(beer, BigDecimal.valueOf(n));
        return cart;
    }

    @Test
    void aSaleOnFiadoChargesTheCustomersAccount() {
        CompletedSale sale = fx.sales.complete(beers(4), List.of(Tender.fiado(Money.ofPesos(100), donPepe)), fx.cashierId);
        assertEquals(Money.ofPesos(100), fx.fiado.balance(donPepe));
        assertEquals(Optional.of(donPepe), fx.db.read(s -> s.find(Sale.class, sale.saleId())).customerId());
    }

    @Test
    void aChargeOverTheLimitIsRefusedAndNothingOfTheSaleIsWritten() {
        fx.sales.complete(beers(6), List.of(Tender.fiado(Money.ofPesos(150), donPepe)), fx.cashierId);
        long movements = fx.count("StockMovement");
        long outbox = fx.count("OutboxEntry");
        FiadoException e = assertThrows(FiadoException.class, () -> fx.sales.complete(beers(3),
                List.of(Tender.fiado(Money.ofPesos(75), donPepe)), fx.cashierId));
        assertEquals(FiadoException.Reason.OVER_LIMIT, e.reason());
        assertEquals(1, fx.count("Sale"));
        assertEquals(movements, fx.count("StockMovement"));
        assertEquals(outbox, fx.count("OutboxEntry"));
        assertEquals(Money.ofPesos(150), fx.fiado.balance(donPepe));
    }

    @Test
    void aManagerCanAllowAChargeOverTheLimit() {
        Tender overLimit = fx.sales.approveOverLimit(Tender.fiado(Money.ofPesos(250), donPepe), fx.managerId,
                TestTerminal.MANAGER_PIN);
        fx.sales.complete(beers(10), List.of(overLimit), fx.cashierId);
        assertEquals(Money.ofPesos(250), fx.fiado.balance(donPepe));
    }

    @Test
    void partCashPartFiado() {
        fx.sales.complete(beers(4), List.of(Tender.cash(Money.ofPesos(50)), Tender.fiado(Money.ofPesos(50), donPepe)),
                fx.cashierId);
        assertEquals(Money.ofPesos(50), fx.fiado.balance(donPepe));
    }

    @Test
    void voidingAFiadoSaleCreditsItBack() {
        CompletedSale sale = fx.sales.complete(beers(2), List.of(Tender.fiado(Money.ofPesos(50), donPepe)), fx.cashierId);
        fx.voids.voidSale(sale.saleId(), "se equivocó de cliente", fx.cashierId, fx.managerId, TestTerminal.MANAGER_PIN);
        assertEquals(Money.ZERO, fx.fiado.balance(donPepe));
    }

    @Test
    void aReturnCanBeCreditedToTheAccount() {
        CompletedSale sale = fx.sales.complete(beers(2), List.of(Tender.fiado(Money.ofPesos(50), donPepe)), fx.cashierId);
        UUID line = fx.db.read(s -> SaleQueries.lines(s, sale.saleId())).getFirst().id();
        fx.returns.returnItems(sale.saleId(), Map.of(line, BigDecimal.ONE), TenderKind.FIADO, fx.cashierId, "caliente");
        assertEquals(Money.ofPesos(25), fx.fiado.balance(donPepe));
    }

    @Test
    void aCashPaymentOfFiadoGoesIntoTheDrawer() {
        fx.sales.complete(beers(4), List.of(Tender.fiado(Money.ofPesos(100), donPepe)), fx.cashierId);
        new FiadoPayments(fx.db, fx.fiado, fx.shifts).receive(donPepe, Money.ofPesos(40), PaymentTender.CASH,
                Optional.empty(), fx.cashierId);
        assertEquals(Money.ofPesos(60), fx.fiado.balance(donPepe));
        List<CashMovement> cash = fx.shifts.movements(fx.shifts.current().orElseThrow().id());
        assertEquals(CashMovementKind.FIADO_PAYMENT, cash.getLast().kind());
        assertEquals(Money.ofPesos(40), cash.getLast().amount());
    }
}
