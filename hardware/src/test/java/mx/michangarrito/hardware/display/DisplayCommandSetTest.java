package mx.michangarrito.hardware.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import mx.michangarrito.hardware.testing.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayCommandSetTest {

    private static final byte[] UPPER = "Coca-Cola 600 ml    ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LOWER = "              $18.50".getBytes(StandardCharsets.US_ASCII);

    @Test
    void dmdMovesTheCursorToEachLine() {
        assertEquals("1F 24 01 01 " + Hex.of(UPPER) + " 1F 24 01 02 " + Hex.of(LOWER),
                Hex.of(DisplayCommandSet.EPSON_DM_D.lines(UPPER, LOWER)));
    }

    @Test
    void cd5220WritesEachLineWithEscQ() {
        assertEquals("1B 51 41 " + Hex.of(UPPER) + " 0D 1B 51 42 " + Hex.of(LOWER) + " 0D",
                Hex.of(DisplayCommandSet.CD5220.lines(UPPER, LOWER)));
    }

    @Test
    void bothStartByInitialisingAndClearing() {
        for (DisplayCommandSet set : DisplayCommandSet.values()) {
            assertEquals("1B 40 0C", Hex.of(set.init()));
        }
    }

    @Test
    void onlyDmdHasABrightnessCommand() {
        assertEquals("1F 58 02", Hex.of(DisplayCommandSet.EPSON_DM_D.brightness(2).orElseThrow()));
        assertTrue(DisplayCommandSet.CD5220.brightness(2).isEmpty());
        assertThrows(IllegalArgumentException.class, () -> DisplayCommandSet.EPSON_DM_D.brightness(5));
    }

    @Test
    void aLineThatIsNotTwentyBytesIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DisplayCommandSet.CD5220.lines(new byte[19], LOWER));
    }

    @ParameterizedTest
    @CsvSource({"dmd, EPSON_DM_D", "Epson, EPSON_DM_D", "CD5220, CD5220"})
    void theSettingIsReadInAnyCase(String text, DisplayCommandSet expected) {
        assertEquals(expected, DisplayCommandSet.parse(text));
    }

    @Test
    void anItemKeepsItsPriceWholeAndCutsItsDescription() {
        DisplayLines lines = DisplayLines.item("Galletas Marías Gamesa 500 g", "$1,234.50");

        assertEquals("Galletas Marías Game", lines.upper());
        assertEquals("           $1,234.50", lines.lower());
    }

    @Test
    void totalAndChangeCarrySpanishLabelsFlushLeftAndAmountsFlushRight() {
        DisplayLines paid = DisplayLines.total("$152.00", "$48.00", Locale.of("es", "MX"));

        assertEquals("TOTAL        $152.00", paid.upper());
        assertEquals("CAMBIO        $48.00", paid.lower());
        assertEquals("CHANGE        $48.00", DisplayLines.total("$152.00", "$48.00", Locale.ENGLISH).lower());
        assertEquals(" ".repeat(20), DisplayLines.total("$152.00", null, Locale.of("es", "MX")).lower());
    }

    @Test
    void anAmountWiderThanTheLabelRoomShortensTheLabelNotTheAmount() {
        DisplayLines big = DisplayLines.total("$12,345,678,901.00", null, Locale.of("es", "MX"));

        assertEquals("T $12,345,678,901.00", big.upper());
    }
}
