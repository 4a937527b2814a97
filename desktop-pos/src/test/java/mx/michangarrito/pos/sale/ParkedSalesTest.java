package mx.michangarrito.pos.sale;

import mx.michangarrito.pos.testing.TestTerminal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParkedSalesTest {

    @TempDir
    Path dataDir;

    @Test
    void aParkedCartSurvivesARestartWithItsPricesDiscountsAndCustomer() {
        UUID customer = UUID.randomUUID();
        Cart original = new Cart();
        UUID parkedId;
        try (TestTerminal fx = new TestTerminal(dataDir)) {
            Product chips = fx.product("Doritos", "7501011118201", 2000, TaxRates.of(IvaRate.IVA_16, IepsRate.ofPercent("8")));
            Product ham = fx.weighed("Jamón", "5", 18990);
            original.addUnits(chips, new BigDecimal("3"));
            original.addUnits(ham, new BigDecimal("0.375"));
            original.setLineDiscount(0, new Discount.Amount(Money.ofPesos(5)));
            original.setTicketDiscount(new Discount.Percent(new BigDecimal("2.5")));
            original.setCustomer(customer);
            parkedId = new ParkedSales(fx.db, fx.clock, fx.ids).park(original, "Señora del 5", fx.cashierId).id();
        }
        try (TestTerminal reopened = reopen()) {
            ParkedSales parked = new ParkedSales(reopened.db, reopened.clock, reopened.ids);
            assertEquals(List.of("Señora del 5"), parked.list().stream().map(ParkedSale::label).toList());
            Cart back = parked.resume(parkedId);
            assertEquals(original.lines(), back.lines());
            assertEquals(original.totals(), back.totals());
            assertEquals(java.util.Optional.of(customer), back.customerId());
            assertEquals(List.of(), parked.list());
            assertEquals(SaleException.Reason.UNKNOWN_PARKED,
                    assertThrows(SaleException.class, () -> parked.resume(parkedId)).reason());
        }
    }

    @Test
    void anEmptyCartIsNotParked() {
        try (TestTerminal fx = new TestTerminal(dataDir)) {
            assertEquals(SaleException.Reason.EMPTY_CART, assertThrows(SaleException.class,
                    () -> new ParkedSales(fx.db, fx.clock, fx.ids).park(new Cart(), "x", fx.cashierId)).reason());
        }
    }

    private TestTerminal reopen() {
        return new TestTerminal(dataDir);
    }
}
