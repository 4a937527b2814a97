package mx.michangarrito.shared.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import mx.michangarrito.shared.barcode.InvalidBarcodeException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GtinParseTest {

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "96385074, EAN_8, 00000096385074",
            "036000291452, UPC_A, 00036000291452",
            "7501055300075, EAN_13, 07501055300075",
            "4006381333931, EAN_13, 04006381333931",
            "04252614, UPC_E, 00042100005264",
            "10012345678902, GTIN_14, 10012345678902",
    })
    void parseTellsTheKindByLength(String code, Symbology kind, String gtin14) {
        Gtin gtin = Gtin.parse(code);

        assertEquals(kind, gtin.kind());
        assertEquals(code, gtin.digits());
        assertEquals(gtin14, gtin.gtin14());
    }

    @Test
    void parseIgnoresWhitespaceAroundTheCode() {
        assertEquals("4006381333931", Gtin.parse(" \t4006381333931\r\n").digits());
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource({
            "'', EMPTY",
            "'   ', EMPTY",
            "'\t ', EMPTY",
            "75012A4567890, NOT_DIGITS",
            "'7501 055300075', NOT_DIGITS",
            "-4006381333931, NOT_DIGITS",
            "7501234, BAD_LENGTH",
            "123456789, BAD_LENGTH",
            "123456789012345, BAD_LENGTH",
            "4006381333932, BAD_CHECK_DIGIT",
            "036000291453, BAD_CHECK_DIGIT",
            "10012345678903, BAD_CHECK_DIGIT",
            "96385075, BAD_CHECK_DIGIT",
    })
    void parseRejectsCodesThatAreNoGtin(String code, Reason reason) {
        InvalidBarcodeException e = assertThrows(InvalidBarcodeException.class, () -> Gtin.parse(code));

        assertEquals(reason, e.reason());
        assertEquals(code.strip(), e.code());
    }

    @ParameterizedTest(name = "{0} as {1}")
    @CsvSource({
            "036000291452, EAN_13",
            "0036000291452, UPC_A",
            "4006381333931, GTIN_14",
            "04252614, EAN_13",
            "96385074, UPC_A",
    })
    void parseWithAHintRejectsCodesOfAnotherLength(String code, Symbology hint) {
        InvalidBarcodeException e = assertThrows(InvalidBarcodeException.class, () -> Gtin.parse(code, hint));

        assertEquals(Reason.BAD_LENGTH, e.reason());
    }

    @Test
    void parseWithUnknownHintDecidesByLength() {
        assertEquals(Symbology.UPC_E, Gtin.parse("04252614", Symbology.UNKNOWN).kind());
    }

    @Test
    void upcEHintRejectsNumberSystemsOtherThanZeroAndOne() {
        InvalidBarcodeException e = assertThrows(InvalidBarcodeException.class,
                () -> Gtin.parse("24252614", Symbology.UPC_E));

        assertEquals(Reason.BAD_NUMBER_SYSTEM, e.reason());
    }

    @Test
    void upcEHintRejectsAWrongCheckDigit() {
        InvalidBarcodeException e = assertThrows(InvalidBarcodeException.class,
                () -> Gtin.parse("04252613", Symbology.UPC_E));

        assertEquals(Reason.BAD_CHECK_DIGIT, e.reason());
    }

    @Test
    void invalidBarcodeExceptionIsAnIllegalArgumentException() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Gtin.parse("12"));

        assertEquals(InvalidBarcodeException.class, e.getClass());
    }
}
