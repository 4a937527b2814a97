package mx.michangarrito.hardware.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.hardware.device.Symbology;
import org.junit.jupiter.api.Test;

class HeldCodeFilterTest {

    private static final long MS = 1_000_000L;
    private static final Optional<DecodedBarcode> COKE = Optional.of(new DecodedBarcode("7501055300846", Symbology.EAN_13));
    private static final Optional<DecodedBarcode> BREAD = Optional.of(new DecodedBarcode("7441029501018", Symbology.EAN_13));
    private static final Optional<DecodedBarcode> NOTHING = Optional.empty();

    private final HeldCodeFilter filter = new HeldCodeFilter(Duration.ofMillis(500));

    /** Feeds one frame every 100 ms and lists the scans. */
    private List<String> scans(List<Optional<DecodedBarcode>> frames) {
        List<String> out = new ArrayList<>();
        long t = 0;
        for (Optional<DecodedBarcode> frame : frames) {
            filter.accept(frame, t).ifPresent(code -> out.add(code.text()));
            t += 100 * MS;
        }
        return out;
    }

    @Test
    void aCodeHeldInViewIsOneScan() {
        assertEquals(List.of("7501055300846"), scans(List.of(COKE, COKE, COKE, COKE, COKE, COKE, COKE, COKE)));
    }

    @Test
    void aFewBlurredFramesDoNotMakeItANewScan() {
        assertEquals(List.of("7501055300846"), scans(List.of(COKE, NOTHING, NOTHING, COKE, NOTHING, COKE)));
    }

    @Test
    void takenAwayAndShownAgainIsASecondScan() {
        assertEquals(List.of("7501055300846", "7501055300846"),
                scans(List.of(COKE, COKE, NOTHING, NOTHING, NOTHING, NOTHING, NOTHING, NOTHING, COKE, COKE)));
    }

    @Test
    void anotherCodeIsANewScanAtOnce() {
        assertEquals(List.of("7501055300846", "7441029501018", "7501055300846"), scans(List.of(COKE, BREAD, BREAD, COKE)));
    }

    @Test
    void aNonPositiveLeaveTimeIsRefused() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new HeldCodeFilter(Duration.ZERO));
    }
}
