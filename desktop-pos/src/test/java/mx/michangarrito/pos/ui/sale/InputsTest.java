package mx.michangarrito.pos.ui.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import mx.michangarrito.pos.sale.Discount;
import mx.michangarrito.shared.money.InvalidAmountException;
import mx.michangarrito.shared.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InputsTest {

    @ParameterizedTest
    @CsvSource({"3,3", "1.250,1.250", "0.5,0.5", ".75,0.75", " 2 ,2"})
    void quantitiesAreReadAsTyped(String text, String expected) {
        assertEquals(new BigDecimal(expected), Inputs.quantity(text).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "1,5", "1.2345", "dos", "1e3", "1234567"})
    void badQuantitiesAreEmpty(String text) {
        assertTrue(Inputs.quantity(text).isEmpty());
    }

    @Test
    void discountsArePercentagesOrAmounts() {
        assertEquals(new Discount.Percent(new BigDecimal("10")), Inputs.discount("10%").orElseThrow());
        assertEquals(new Discount.Percent(new BigDecimal("12.5")), Inputs.discount(" 12.5 % ").orElseThrow());
        assertEquals(new Discount.Amount(Money.ofCentavos(550)), Inputs.discount("$5.50").orElseThrow());
        assertEquals(Discount.NONE, Inputs.discount("").orElseThrow());
        assertTrue(Inputs.discount("diez%").isEmpty());
        assertThrows(InvalidAmountException.class, () -> Inputs.discount("5,50"));
    }
}
