package mx.michangarrito.shared.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import mx.michangarrito.shared.barcode.InvalidBarcodeException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** 8-digit codes may be EAN-8 or UPC-E; 01234565 is valid as both. */
class EightDigitCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"96385074", "01234565"})
    void eightDigitCodeWithAValidEan8CheckDigitIsEan8(String code) {
        Gtin gtin = Gtin.parse(code);

        assertEquals(Symbology.EAN_8, gtin.kind());
        assertEquals("000000" + code, gtin.gtin14());
    }

    @Test
    void eightDigitCodeValidOnlyAsUpcEIsUpcE() {
        Gtin gtin = Gtin.parse("04252614");

        assertEquals(Symbology.UPC_E, gtin.kind());
        assertEquals("00042100005264", gtin.gtin14());
    }

    @ParameterizedTest
    @ValueSource(strings = {"04252613", "96385075", "21234567"})
    void eightDigitCodeValidAsNeitherIsRejectedForItsCheckDigit(String code) {
        InvalidBarcodeException e = assertThrows(InvalidBarcodeException.class, () -> Gtin.parse(code));

        assertEquals(Reason.BAD_CHECK_DIGIT, e.reason());
    }

    @Test
    void hintsPickOneReadingOfAnAmbiguousCode() {
        assertEquals(Symbology.EAN_8, Gtin.parse("01234565", Symbology.EAN_8).kind());
        assertEquals(Symbology.UPC_E, Gtin.parse("01234565", Symbology.UPC_E).kind());
    }

    @Test
    void ean8HintRejectsACodeValidOnlyAsUpcE() {
        InvalidBarcodeException e = assertThrows(InvalidBarcodeException.class,
                () -> Gtin.parse("04252614", Symbology.EAN_8));

        assertEquals(Reason.BAD_CHECK_DIGIT, e.reason());
    }

    @Test
    void interpretationsListsBothReadingsOfAnAmbiguousCodeEan8First() {
        List<Gtin> readings = Gtin.interpretations("01234565");

        assertEquals(List.of(Symbology.EAN_8, Symbology.UPC_E), readings.stream().map(Gtin::kind).toList());
        assertEquals(List.of("00000001234565", "00012345000065"), readings.stream().map(Gtin::gtin14).toList());
    }

    @Test
    void interpretationsOfACodeWithOneReadingIsWhatParseReturns() {
        assertEquals(List.of(Gtin.parse("04252614")), Gtin.interpretations(" 04252614 "));
        assertEquals(List.of(Gtin.parse("4006381333931")), Gtin.interpretations("4006381333931"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "abc", "0425261A", "7501234", "4006381333932", "04252613"})
    void interpretationsOfAnInvalidCodeIsEmpty(String code) {
        assertTrue(Gtin.interpretations(code).isEmpty());
    }
}
