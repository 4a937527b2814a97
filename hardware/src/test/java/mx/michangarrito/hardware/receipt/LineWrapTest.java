package mx.michangarrito.hardware.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LineWrapTest {

    @ParameterizedTest(name = "\"{0}\" at {1}")
    @CsvSource(delimiter = '|', value = {
        "Abarrotes Doña Lupe | 32 | Abarrotes Doña Lupe",
        "Gracias por su compra vuelva pronto | 20 | Gracias por su/compra vuelva pronto",
        "Supercalifragilisticoespialidoso | 10 | Supercalif/ragilistic/oespialido/so",
        "uno  dos   tres | 8 | uno  dos/tres",
        "'' | 10 | ''"})
    void wrapsAtSpacesAndSplitsOnlyWordsLongerThanALine(String text, int width, String expected) {
        assertEquals(Arrays.asList(expected.split("/", -1)), LineWrap.wrap(text, width));
    }

    @Test
    void aShortLabelAndItsAmountShareOneFullLine() {
        assertEquals(List.of("2 x Leche Lala 1L          $52.00"), LineWrap.columns("2 x Leche Lala 1L", "$52.00", 33));
        assertEquals(List.of("Leche                     $26.00"), LineWrap.columns("Leche", "$26.00", 32));
    }

    @Test
    void aLongLabelWrapsLeftOfTheAmountWhichStaysOnTheFirstLine() {
        List<String> lines = LineWrap.columns("Galletas Marías Gamesa paquete familiar 500 g", "$1,234.50", 32);

        assertEquals(List.of(
                "Galletas Marías Gamesa $1,234.50",
                "paquete familiar 500 g"), lines);
        for (String line : lines.subList(1, lines.size())) {
            assertTrue(line.length() <= 32 - "$1,234.50".length() - 1, line);
        }
    }

    @Test
    void labelAndAmountAlwaysKeepASpaceBetweenThem() {
        List<String> lines = LineWrap.columns("AAAAAAAAAAAAAAAAAAAAAA", "$1,234.50", 32);

        assertEquals(List.of("AAAAAAAAAAAAAAAAAAAAAA $1,234.50"), lines);
        lines = LineWrap.columns("AAAAAAAAAAAAAAAAAAAAAAB", "$1,234.50", 32);
        assertEquals(List.of("AAAAAAAAAAAAAAAAAAAAAA $1,234.50", "B"), lines);
    }

    @Test
    void anAmountTooWideForASharedLineGetsItsOwnLineFlushRight() {
        assertEquals(List.of("Total a pagar", "  $99,999,999,999,999,999.00"),
                LineWrap.columns("Total a pagar", "$99,999,999,999,999,999.00", 28));
    }

    @Test
    void doubleWidthTotalsFitHalfTheColumns() {
        assertEquals(List.of("TOTAL   $1,234.50"), LineWrap.columns("TOTAL", "$1,234.50", 17));
    }
}
