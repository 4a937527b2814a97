package mx.michangarrito.pos.sale;

import mx.michangarrito.pos.testing.TestTerminal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.corte.CashCount;
import mx.michangarrito.pos.corte.CorteService;
import mx.michangarrito.pos.error.PosException;
import mx.michangarrito.pos.fiado.CustomerDraft;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The counter's bad inputs: each is a typed error with a Spanish message, and nothing is written. */
class BadInputTest {

    @TempDir
    Path dataDir;
    TestTerminal fx;
    Product rice;
    UUID customer;

    @BeforeEach
    void open() {
        fx = new TestTerminal(dataDir);
        rice = fx.product("Arroz", "7501000111206", 3000, TaxRates.IVA_0);
        customer = fx.customers.create(CustomerDraft.of("Chepe", Money.ofPesos(50)), Optional.empty()).id();
        fx.shifts.open(fx.cashierId, Money.ZERO);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Cart rice(int n) {
        Cart cart = new Cart();
        cart.addUnits(rice, BigDecimal.valueOf(n));
        return cart;
    }

    private long[] written() {
        return new long[] {fx.count("Sale"), fx.count("OutboxEntry"), fx.count("StockMovement"),
            fx.count("mx.michangarrito.pos.fiado.FiadoEntry"), fx.count("CashMovement")};
    }

    private void refusedInSpanish(Executable action) {
        long[] before = written();
        PosException e = assertThrows(PosException.class, action);
        String spanish = e.userMessage().spanish();
        assertNotEquals(e.userMessage().key(), spanish, "no Spanish text for " + e.userMessage().key());
        assertTrue(spanish.length() > 10, spanish);
        assertEquals(java.util.Arrays.toString(before), java.util.Arrays.toString(written()), "something was written");
    }

    @Test
    void unknownBarcode() {
        refusedInSpanish(() -> fx.catalog.scan("4006381333931"));
    }

    @Test
    void invalidGtin() {
        refusedInSpanish(() -> fx.catalog.scan("7501000111207"));
    }

    @Test
    void negativeQuantity() {
        refusedInSpanish(() -> rice(1).setQuantity(0, new BigDecimal("-2")));
    }

    @Test
    void tenderShortOfTheTotal() {
        refusedInSpanish(() -> fx.sales.complete(rice(2), List.of(Tender.cash(Money.ofPesos(59))), fx.cashierId));
    }

    @Test
    void fiadoOverTheLimit() {
        refusedInSpanish(() -> fx.sales.complete(rice(2), List.of(Tender.fiado(Money.ofPesos(60), customer)), fx.cashierId));
    }

    @Test
    void closedShift() {
        new CorteService(fx.db, fx.clock, fx.ids, fx.outbox).close(fx.managerId, new CashCount(Map.of()), Map.of());
        refusedInSpanish(() -> fx.sales.complete(rice(1), List.of(Tender.cash(Money.ofPesos(30))), fx.cashierId));
    }

    @Test
    void wrongManagerPin() {
        Cart cart = rice(1);
        cart.setTicketDiscount(new Discount.Percent(new BigDecimal("50")));
        refusedInSpanish(() -> fx.sales.approveDiscounts(cart, fx.managerId, "9999"));
    }
}
