package mx.michangarrito.shared.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pairs from public references (Wikipedia, python-biip tests), plus 06397108 and 11234593 computed by hand. */
class UpcEExpansionTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "04252614, 042100005264",
            "06397126, 063200009716",
            "06397108, 063000009718",
    })
    void upcEEndingInZeroOneOrTwoKeepsThatDigitInTheManufacturerAndThreeDigitsOfProduct(String upcE, String upcA) {
        assertExpandsTo(upcE, upcA);
    }

    @Test
    void upcEEndingInThreeExpandsManufacturerToThreeDigits() {
        assertExpandsTo("08679339", "086700000939");
    }

    @Test
    void upcEEndingInFourExpandsManufacturerToFourDigits() {
        assertExpandsTo("02345147", "023450000017");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "01234565, 012345000065",
            "02345673, 023456000073",
            "11234593, 112345000093",
    })
    void upcEEndingInFiveToNineKeepsFiveManufacturerDigitsAndThatDigitAsProduct(String upcE, String upcA) {
        assertExpandsTo(upcE, upcA);
    }

    @Test
    void upcEAndItsUpcAAreTheSameItem() {
        Gtin upcE = Gtin.parse("04252614", Symbology.UPC_E);
        Gtin upcA = Gtin.parse("042100005264");

        assertEquals(upcA, upcE);
        assertEquals(upcA.hashCode(), upcE.hashCode());
        assertEquals("04252614", upcE.digits());
    }

    private static void assertExpandsTo(String upcE, String upcA) {
        assertEquals(Symbology.UPC_E, Gtin.parse(upcE, Symbology.UPC_E).kind());
        assertEquals("00" + upcA, Gtin.parse(upcE, Symbology.UPC_E).gtin14());
        assertEquals(upcA, UpcE.toUpcA(upcE));
    }
}
