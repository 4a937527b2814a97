package mx.michangarrito.pos.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import mx.michangarrito.hardware.device.Symbology;
import mx.michangarrito.hardware.scanner.WedgeClassifier;
import mx.michangarrito.hardware.scanner.WedgeScan;
import mx.michangarrito.hardware.scanner.WedgeSettings;
import mx.michangarrito.hardware.simulator.ScannerSimulator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The barcode type of a scan without AIM identifier, from the GTIN rules of shared. */
class GtinSymbologiesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "7501055300846, EAN_13",
        "4006381333931, EAN_13",
        "012345678905, UPC_A",
        "96385074, EAN_8",
        "04252614, UPC_E",
        "00000019, UPC_E",
        "10012345678902, ITF",
        // both EAN-8 and UPC-E readings check: ambiguous, so no guess
        "01234565, UNKNOWN",
        "12345670, UNKNOWN",
        // wrong check digits
        "7501055300847, UNKNOWN",
        "012345678904, UNKNOWN",
        "04210000, UNKNOWN",
        "10012345678903, UNKNOWN",
        // not a GTIN: Code 128 or Code 39 cannot be told apart
        "ABC-123, UNKNOWN",
        "123456, UNKNOWN",
        "' 7501055300846', UNKNOWN",
        "７５０１０５５３００８４６, UNKNOWN"
    })
    void onlyUnambiguousGtinsGetAType(String code, Symbology expected) {
        assertEquals(expected, GtinSymbologies.INSTANCE.infer(code));
    }

    @Test
    void aKeyboardWedgeScanGetsItsType() {
        WedgeClassifier classifier = new WedgeClassifier(WedgeSettings.DEFAULT, GtinSymbologies.INSTANCE);

        assertEquals(Optional.of(new WedgeScan("7501055300846", 13, Symbology.EAN_13)),
                ScannerSimulator.typeInto(classifier, "7501055300846", 0, Duration.ofMillis(8)));
        assertEquals(Optional.of(new WedgeScan("01234565", 8, Symbology.UNKNOWN)),
                ScannerSimulator.typeInto(classifier, "01234565", 5_000_000_000L, Duration.ofMillis(8)));
    }
}
