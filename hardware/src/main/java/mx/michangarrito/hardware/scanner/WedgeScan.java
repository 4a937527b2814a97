package mx.michangarrito.hardware.scanner;

import java.util.Objects;
import mx.michangarrito.hardware.device.Symbology;

/**
 * A keyboard-wedge burst recognised as a scan.
 *
 * @param code       the characters of the burst, without the Enter
 * @param keystrokes how many of the keystrokes just fed were the scan's (the code's length): the UI
 *                   removes that many characters it already put into a text field
 * @param symbology  the barcode type the classifier's {@link SymbologyInference} tells, else
 *                   {@link Symbology#UNKNOWN}
 */
public record WedgeScan(String code, int keystrokes, Symbology symbology) {

    /** Checks the parts. */
    public WedgeScan {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(symbology, "symbology");
        if (keystrokes != code.length()) {
            throw new IllegalArgumentException("keystrokes must equal the code's length");
        }
    }

    /**
     * A scan whose type is not known.
     *
     * @param code       the characters of the burst
     * @param keystrokes the code's length
     */
    public WedgeScan(String code, int keystrokes) {
        this(code, keystrokes, Symbology.UNKNOWN);
    }
}
