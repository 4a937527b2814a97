package mx.michangarrito.hardware.printer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import mx.michangarrito.hardware.device.DrawerPolarity;
import mx.michangarrito.hardware.device.DrawerState;
import mx.michangarrito.hardware.device.PaperLevel;
import mx.michangarrito.hardware.device.PrinterStatus;
import mx.michangarrito.hardware.testing.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each status bit of DLE EOT 1..4 (PROTOCOLS.md), one at a time over a healthy 0x12. */
class StatusBytesTest {

    private static final int OK = 0x12;

    @ParameterizedTest(name = "DLE EOT {0}")
    @ValueSource(ints = {1, 2, 3, 4})
    void theRequestIsDleEotN(int n) {
        assertArrayEquals(Hex.bytes("10 04 0" + n), StatusBytes.request(n));
    }

    @Test
    void aHealthyEpsonIsOnlineWithPaperAndNoError() throws IOException {
        PrinterStatus status = StatusBytes.decode(0x16, OK, OK, OK);

        assertEquals(new PrinterStatus(true, false, PaperLevel.OK, true, false, false, false, false), status);
        assertTrue(status.readyToPrint());
    }

    @ParameterizedTest(name = "status {0} = 0x{1}: {2}")
    @CsvSource({
        "1, 1A, offline",
        "1, 16, drawerPinHigh",
        "2, 16, coverOpen",
        "2, 1A, feedButton",
        "2, 32, paperOut",
        "3, 1A, cutterError",
        "3, 32, unrecoverableError",
        "3, 52, recoverableError",
        "4, 1E, paperNearEnd",
        "4, 16, paperNearEnd",
        "4, 72, paperOut",
        "4, 52, paperOut"})
    void eachBitIsReadFromItsByte(int n, String hex, String meaning) throws IOException {
        int[] answers = {OK, OK, OK, OK};
        answers[n - 1] = Integer.parseInt(hex, 16);

        PrinterStatus status = StatusBytes.decode(answers[0], answers[1], answers[2], answers[3]);

        assertEquals(meaning.equals("offline"), !status.online(), "online");
        assertEquals(meaning.equals("drawerPinHigh"), status.drawerPinHigh(), "drawer pin");
        assertEquals(meaning.equals("coverOpen"), status.coverOpen(), "cover");
        assertEquals(meaning.equals("feedButton"), status.feedButton(), "feed button");
        assertEquals(meaning.equals("cutterError"), status.cutterError(), "cutter");
        assertEquals(meaning.equals("unrecoverableError"), status.unrecoverableError(), "unrecoverable");
        assertEquals(meaning.equals("recoverableError"), status.recoverableError(), "recoverable");
        PaperLevel paper = meaning.equals("paperOut") ? PaperLevel.OUT
                : meaning.equals("paperNearEnd") ? PaperLevel.NEAR_END : PaperLevel.OK;
        assertEquals(paper, status.paper(), "paper");
        assertEquals(meaning.equals("drawerPinHigh") || meaning.equals("feedButton") || meaning.equals("paperNearEnd"),
                status.readyToPrint(), "ready");
    }

    @ParameterizedTest(name = "0x{0} is refused")
    @ValueSource(strings = {"00", "FF", "13", "92", "02", "10"})
    void bytesWithoutTheFixedBitsAreNotStatus(String hex) {
        int b = Integer.parseInt(hex, 16);
        assertFalse(StatusBytes.isStatusByte(b));
        assertThrows(IOException.class, () -> StatusBytes.decode(OK, OK, OK, b));
        assertThrows(IOException.class, () -> StatusBytes.decode(b, OK, OK, OK));
    }

    @ParameterizedTest(name = "pin high={0}, {1}: {2}")
    @CsvSource({"true, OPEN_WHEN_HIGH, OPEN", "false, OPEN_WHEN_HIGH, CLOSED",
        "true, OPEN_WHEN_LOW, CLOSED", "false, OPEN_WHEN_LOW, OPEN"})
    void theDrawerPolarityDecidesWhatThePinLevelMeans(boolean high, DrawerPolarity polarity, DrawerState expected) {
        PrinterStatus status = new PrinterStatus(true, false, PaperLevel.OK, high, false, false, false, false);

        assertEquals(expected, status.drawer(polarity));
    }

    @Test
    void encodingAStatusAndDecodingItGivesItBack() throws IOException {
        for (int bits = 0; bits < 64; bits++) {
            PrinterStatus status = new PrinterStatus((bits & 1) != 0, (bits & 2) != 0,
                    PaperLevel.values()[bits % 3], (bits & 4) != 0, (bits & 8) != 0, (bits & 16) != 0, (bits & 32) != 0, false);
            int[] answers = StatusBytes.encode(status);

            assertEquals(status, StatusBytes.decode(answers[0], answers[1], answers[2], answers[3]), "bits " + bits);
        }
    }

    @Test
    void theSummaryLineIsWhatPrinterStatusPrints() {
        PrinterStatus status = new PrinterStatus(false, true, PaperLevel.NEAR_END, false, false, false, false, false);

        assertEquals("online=false cover=open paper=near_end drawer=closed", status.summary(DrawerPolarity.OPEN_WHEN_HIGH));
    }
}
