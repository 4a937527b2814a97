package mx.michangarrito.shared.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import mx.michangarrito.shared.barcode.InvalidBarcodeException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VariableMeasureLayoutsTest {

    private final VariableMeasureLayouts layouts = VariableMeasureLayouts.of("21IIIIIWWWWWC", "23IIIIIPPPPPC");

    @Test
    void weightCodeGivesItemAndKilogramsToTheGram() {
        Optional<VariableMeasureReading> reading = layouts.resolve(withCheckDigit("210123401250"));

        assertEquals(Optional.of(new WeightReading("01234", new BigDecimal("1.250"))), reading);
        assertEquals(3, ((WeightReading) reading.orElseThrow()).kilograms().scale());
    }

    @Test
    void priceCodeGivesItemAndCentavos() {
        Optional<VariableMeasureReading> reading = layouts.resolve(withCheckDigit("230123400350"));

        assertEquals(Optional.of(new PriceReading("01234", 3_50L)), reading);
    }

    @Test
    void readingIsASealedTypeToSwitchOn() {
        String shown = switch (layouts.resolve(" " + withCheckDigit("210000700500") + "\r\n").orElseThrow()) {
            case WeightReading weight -> weight.itemCode() + " weighs " + weight.kilograms() + " kg";
            case PriceReading price -> price.itemCode() + " costs " + price.centavos();
        };

        assertEquals("00007 weighs 0.500 kg", shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7501055300075", "2201234012506", "210123401250", "21012340125067", "", "hola"})
    void codeMatchingNoLayoutIsNotAnInStoreCode(String code) {
        assertEquals(Optional.empty(), layouts.resolve(code));
    }

    @Test
    void codeMatchingALayoutWithAWrongCheckDigitIsRejected() {
        String code = withCheckDigit("210123401250");
        String misread = code.substring(0, 12) + (char) ('0' + (code.charAt(12) - '0' + 1) % 10);

        InvalidBarcodeException e = assertThrows(InvalidBarcodeException.class, () -> layouts.resolve(misread));

        assertEquals(Reason.BAD_CHECK_DIGIT, e.reason());
        assertTrue(e.getMessage().contains("21IIIIIWWWWWC"), e.getMessage());
    }

    @Test
    void codeMatchingALayoutWithLettersIsRejected() {
        InvalidBarcodeException e = assertThrows(InvalidBarcodeException.class,
                () -> layouts.resolve("2101234O12505"));

        assertEquals(Reason.NOT_DIGITS, e.reason());
    }

    @Test
    void firstLayoutWhosePrefixAndLengthMatchReadsTheCode() {
        VariableMeasureLayouts overlapping = VariableMeasureLayouts.of("21IIIIIWWWWWC", "2IIIIIIPPPPPC");

        assertEquals(Optional.of(new WeightReading("01234", new BigDecimal("2.500"))),
                overlapping.resolve(withCheckDigit("210123402500")));
        assertEquals(Optional.of(new PriceReading("201234", 2_500L)),
                overlapping.resolve(withCheckDigit("220123402500")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"212345012345", "0212345012345"})
    void upcALayoutReadsTwelveDigitsAndTheirThirteenDigitFormWithALeadingZero(String code) {
        VariableMeasureLayouts upc = VariableMeasureLayouts.of("2IIIIIPPPPPC");

        assertEquals(Optional.of(new PriceReading("12345", 12_34L)), upc.resolve(code));
    }

    @Test
    void upcALayoutLeavesOtherThirteenDigitCodesAlone() {
        VariableMeasureLayouts upc = VariableMeasureLayouts.of("2IIIIIPPPPPC");

        assertEquals(Optional.empty(), upc.resolve("2212345012342"));
    }

    @Test
    void layoutThatCanNeverMatchIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VariableMeasureLayouts.of("2IIIIIIWWWWWC", "23IIIIIPPPPPC"));

        assertEquals("Variable-measure layout '23IIIIIPPPPPC' is never used: '2IIIIIIWWWWWC', listed before it,"
                + " reads all its codes", e.getMessage());
    }

    @Test
    void noLayoutsReadNothing() {
        assertEquals(Optional.empty(), VariableMeasureLayouts.of().resolve("2101234012505"));
    }

    @Test
    void weightReadingRejectsNegativeAndSubGramWeights() {
        assertThrows(IllegalArgumentException.class, () -> new WeightReading("1", new BigDecimal("-0.001")));
        assertThrows(IllegalArgumentException.class, () -> new WeightReading("1", new BigDecimal("1.0005")));
        assertEquals(new BigDecimal("2.000"), new WeightReading("1", new BigDecimal("2")).kilograms());
    }

    @Test
    void readingsRejectItemCodesThatAreNotDigits() {
        assertThrows(IllegalArgumentException.class, () -> new PriceReading("", 100));
        assertThrows(IllegalArgumentException.class, () -> new PriceReading("12A", 100));
        assertThrows(IllegalArgumentException.class, () -> new PriceReading("12", -1));
    }

    private static String withCheckDigit(String body) {
        return body + Gtin.checkDigit(body);
    }
}
