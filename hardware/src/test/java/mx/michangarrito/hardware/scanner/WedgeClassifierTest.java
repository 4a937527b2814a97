package mx.michangarrito.hardware.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import mx.michangarrito.hardware.simulator.ScannerSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WedgeClassifierTest {

    private static final long MS = 1_000_000L;
    private final WedgeClassifier classifier = new WedgeClassifier(WedgeSettings.DEFAULT);

    @ParameterizedTest(name = "{0} ms between keys")
    @CsvSource({"1", "7", "16", "30"})
    void aFastBurstEndingInEnterIsAScan(long gapMillis) {
        Optional<WedgeScan> scan = ScannerSimulator.typeInto(classifier, "7501055300846", 5_000 * MS,
                Duration.ofMillis(gapMillis));

        assertEquals(Optional.of(new WedgeScan("7501055300846", 13)), scan);
    }

    @Test
    void aScanCarriesTheSymbologyTheInferenceTells() {
        WedgeClassifier inferring = new WedgeClassifier(WedgeSettings.DEFAULT,
                code -> code.length() == 13 ? mx.michangarrito.hardware.device.Symbology.EAN_13
                        : mx.michangarrito.hardware.device.Symbology.UNKNOWN);

        assertEquals(Optional.of(new WedgeScan("7501055300846", 13, mx.michangarrito.hardware.device.Symbology.EAN_13)),
                ScannerSimulator.typeInto(inferring, "7501055300846", 0, Duration.ofMillis(8)));
        assertEquals(Optional.of(new WedgeScan("ABC-1234", 8)),
                ScannerSimulator.typeInto(inferring, "ABC-1234", 10_000 * MS, Duration.ofMillis(8)));
    }

    @ParameterizedTest(name = "{0} ms between keys")
    @CsvSource({"31", "50", "120"})
    void typingAtHumanSpeedIsNotAScan(long gapMillis) {
        Optional<WedgeScan> scan = ScannerSimulator.typeInto(classifier, "queso oaxaca", 0, Duration.ofMillis(gapMillis));

        assertEquals(Optional.empty(), scan);
    }

    @Test
    void fewerThanSixCharactersAreNotAScan() {
        assertEquals(Optional.empty(), ScannerSimulator.typeInto(classifier, "12345", 0, Duration.ofMillis(8)));
        assertEquals(Optional.of(new WedgeScan("123456", 6)),
                ScannerSimulator.typeInto(classifier, "123456", 10_000 * MS, Duration.ofMillis(8)));
    }

    @Test
    void aScanRightAfterSlowTypingInASearchFieldYieldsOnlyTheScan() {
        long t = 0;
        for (char c : "coca".toCharArray()) {
            classifier.accept(c, t);
            t += 180 * MS;
        }
        Optional<WedgeScan> scan = ScannerSimulator.typeInto(classifier, "7501055300846", t + 400 * MS, Duration.ofMillis(9));

        assertEquals(Optional.of(new WedgeScan("7501055300846", 13)), scan);
    }

    @Test
    void aSlowEnterAfterAFastBurstIsNotAScan() {
        long t = 0;
        for (char c : "7501055300846".toCharArray()) {
            classifier.accept(c, t);
            t += 10 * MS;
        }
        assertEquals(Optional.empty(), classifier.accept('\r', t + 200 * MS));
    }

    @Test
    void oneSlowKeystrokeInsideTheBurstBreaksIt() {
        long t = 0;
        String code = "7501055300846";
        for (int i = 0; i < code.length(); i++) {
            classifier.accept(code.charAt(i), t);
            t += (i == 9 ? 60 : 10) * MS;
        }
        // only the 3 characters after the pause form the last run: too short
        assertEquals(Optional.empty(), classifier.accept('\r', t));
    }

    @Test
    void backspaceEndsTheRun() {
        long t = 0;
        for (char c : "1234567\b".toCharArray()) {
            classifier.accept(c, t);
            t += 5 * MS;
        }
        assertEquals(Optional.empty(), classifier.accept('\r', t));
    }

    @Test
    void thresholdsAreConfigurable() {
        WedgeClassifier strict = new WedgeClassifier(new WedgeSettings(8, Duration.ofMillis(12)));

        assertEquals(Optional.empty(), ScannerSimulator.typeInto(strict, "1234567", 0, Duration.ofMillis(5)));
        assertEquals(Optional.empty(), ScannerSimulator.typeInto(strict, "12345678", 1_000 * MS, Duration.ofMillis(16)));
        assertEquals(Optional.of(new WedgeScan("12345678", 8)),
                ScannerSimulator.typeInto(strict, "12345678", 2_000 * MS, Duration.ofMillis(12)));
    }

    @Test
    void twoScansInARowAreTwoScans() {
        assertEquals("111111", ScannerSimulator.typeInto(classifier, "111111", 0, Duration.ofMillis(8)).orElseThrow().code());
        assertEquals("222222", ScannerSimulator.typeInto(classifier, "222222", 60 * MS, Duration.ofMillis(8)).orElseThrow().code());
    }

    @Test
    void aClockGoingBackwardsStartsANewRun() {
        classifier.accept('1', 1_000 * MS);
        classifier.accept('2', 1_010 * MS);
        assertEquals(Optional.of(new WedgeScan("345678", 6)),
                ScannerSimulator.typeInto(classifier, "345678", 10 * MS, Duration.ofMillis(8)));
    }
}
