package mx.michangarrito.pos.sale;

import mx.michangarrito.pos.testing.TestTerminal;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.file.Path;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.shared.barcode.Gtin;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CartTest {

    @TempDir
    Path dataDir;
    TestTerminal fx;
    Product coke;
    Product ham;

    @BeforeEach
    void open() {
        fx = new TestTerminal(dataDir);
        coke = fx.product("Coca-Cola 600 ml", "7501055300075", 1800, TaxRates.IVA_16);
        ham = fx.weighed("Jamón de pavo", "123", 18990);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void scanningTheSameProductAgainAddsOneToItsLine() {
        Cart cart = new Cart();
        cart.add(fx.catalog.scan("7501055300075"));
        cart.add(fx.catalog.scan("7501055300075"));
        assertEquals(1, cart.lines().size());
        assertEquals(new BigDecimal("2.000"), cart.lines().getFirst().quantity());
        assertEquals(Money.ofCentavos(3600), cart.totals().total());
    }

    @Test
    void weighedItemsAlwaysGetTheirOwnLine() {
        Cart cart = new Cart();
        String label = "210012300250";
        cart.add(fx.catalog.scan(label + Gtin.checkDigit(label)));
        cart.add(fx.catalog.scan(label + Gtin.checkDigit(label)));
        assertEquals(2, cart.lines().size());
        assertEquals(Money.ofCentavos(4748 * 2), cart.totals().total()); // 0.250 kg x $189.90 = $47.475 -> $47.48
    }

    @Test
    void aPriceLabelIsChargedExactlyAsPrintedAndStillCarriesAWeight() {
        Cart cart = new Cart();
        String label = "230012304590";
        cart.add(fx.catalog.scan(label + Gtin.checkDigit(label)));
        CartLine line = cart.lines().getFirst();
        assertEquals(Money.ofCentavos(4590), cart.totals().total());
        assertEquals(new BigDecimal("0.242"), line.quantity()); // 45.90 / 189.90 = 0.24170 -> up to 0.242 kg
    }

    @Test
    void lineAndTicketDiscountsByAmountAndPercent() {
        Cart cart = new Cart();
        cart.addUnits(coke, new BigDecimal("10"));
        cart.setLineDiscount(0, new Discount.Percent(new BigDecimal("10")));
        assertEquals(Money.ofCentavos(16200), cart.totals().total());
        cart.setTicketDiscount(new Discount.Amount(Money.ofPesos(2)));
        assertEquals(Money.ofCentavos(16000), cart.totals().total());
        assertEquals(Money.ofCentavos(2000), cart.totals().discount());
    }

    @Test
    void discountsAboveTheLimitAreFlagged() {
        Cart cart = new Cart();
        cart.addUnits(coke, BigDecimal.TEN); // $180.00: 10 % is $18.00, 10.01 % is $18.02
        cart.setTicketDiscount(new Discount.Percent(BigDecimal.TEN));
        assertEquals(false, cart.discountsExceed(BigDecimal.TEN));
        cart.setTicketDiscount(new Discount.Percent(new BigDecimal("10.01")));
        assertEquals(true, cart.discountsExceed(BigDecimal.TEN));
    }

    @Test
    void negativeOrZeroQuantitiesAreRefused() {
        Cart cart = new Cart();
        cart.addUnits(coke, BigDecimal.ONE);
        assertEquals(SaleException.Reason.BAD_QUANTITY,
                assertThrows(SaleException.class, () -> cart.setQuantity(0, new BigDecimal("-1"))).reason());
        assertEquals(SaleException.Reason.BAD_QUANTITY,
                assertThrows(SaleException.class, () -> cart.setQuantity(0, BigDecimal.ZERO)).reason());
        assertEquals(new BigDecimal("1.000"), cart.lines().getFirst().quantity());
    }

    @Test
    void discountsOutsideZeroToAHundredPercentAreRefused() {
        assertThrows(SaleException.class, () -> new Discount.Percent(new BigDecimal("101")));
        assertThrows(SaleException.class, () -> new Discount.Amount(Money.ofCentavos(-1)));
    }
}
