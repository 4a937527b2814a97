package mx.michangarrito.shared.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GtinCheckDigitTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "400638133393, 1",   // PROTOCOLS.md
            "590123412345, 7",   // GS1 EAN-13 example
            "03600029145, 2",    // UPC-A 036000291452
            "9638507, 4",        // EAN-8 96385074
            "0001234567890, 5",  // GTIN-14 of UPC-A 012345678905
            "04210000526, 4",    // UPC-A 042100005264
            "0, 0",
            "1, 7",
    })
    void checkDigitWeighsDigitsThreeOneFromTheRight(String body, int expected) {
        assertEquals(expected, Gtin.checkDigit(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12a4", " 123", "１２３"})
    void checkDigitRejectsAnythingButAsciiDigits(String body) {
        assertThrows(IllegalArgumentException.class, () -> Gtin.checkDigit(body));
    }
}
