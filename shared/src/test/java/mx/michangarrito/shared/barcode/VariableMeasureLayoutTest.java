package mx.michangarrito.shared.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VariableMeasureLayoutTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "21IIIIIWWWWWC, 21, 13",
            "23IIIIIPPPPPC, 23, 13",
            "2IIIIIIPPPPPC, 2, 13",
            "29WWWWWIIIIIC, 29, 13",
            "2IIIIIPPPPPC, 2, 12",
            "' 21IIIIIWWWWWC ', 21, 13",
    })
    void layoutKeepsItsLiteralPrefixAndLength(String pattern, String prefix, int length) {
        VariableMeasureLayout layout = VariableMeasureLayout.parse(pattern);

        assertEquals(pattern.strip(), layout.pattern());
        assertEquals(prefix, layout.prefix());
        assertEquals(length, layout.length());
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource(delimiter = '|', value = {
            "''                | has 0 characters; it must have 13 (EAN-13) or 12 (UPC-A)",
            "21IIIIWWWWC       | has 11 characters",
            "21IIIIWWWWWC0     | has '0' at position 13",
            "21IIIIIWWWWWWC    | has 14 characters; it must have 13 (EAN-13) or 12 (UPC-A)",
            "IIIIIIIWWWWWC     | must start with its literal prefix digits, the first one 2",
            "31IIIIIWWWWWC     | must start with its literal prefix digits, the first one 2",
            "21IIII0WWWWWC     | has '0' at position 7",
            "21IIIIIwwwwwC     | has 'w' at position 8",
            "21IIIIIXWWWWC     | has 'X' at position 8",
            "21IIIIIWWWWWW     | must end with one C (the check digit) and have no other C",
            "21IIIIIWWWWCC     | must end with one C",
            "21CIIIIWWWWWC     | must end with one C",
            "21IIIWWWPPPPC     | mixes W and P",
            "21IIIIIIIIIIC     | has no W (weight in grams) or P (price in centavos)",
            "21WWWWWWWWWWC     | has no I (item code)",
            "21IIIWWWWWIIC     | splits I (item code) into 2 runs; its letters must be contiguous",
            "21WWIIIIIWWWC     | splits W (weight in grams) into 2 runs",
            "212345678901C     | has no W (weight in grams) or P (price in centavos)",
            "2123456789012     | has only prefix digits",
    })
    void malformedLayoutIsRejectedSayingWhatIsWrong(String pattern, String problem) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> VariableMeasureLayout.parse(pattern));

        assertTrue(e.getMessage().startsWith("Variable-measure layout '" + pattern + "' "), e.getMessage());
        assertTrue(e.getMessage().contains(problem), e.getMessage());
    }

    @Test
    void layoutsWithTheSamePatternAreEqual() {
        assertEquals(VariableMeasureLayout.parse("21IIIIIWWWWWC"), VariableMeasureLayout.parse("21IIIIIWWWWWC"));
        assertEquals("21IIIIIWWWWWC", VariableMeasureLayout.parse("21IIIIIWWWWWC").toString());
    }
}
