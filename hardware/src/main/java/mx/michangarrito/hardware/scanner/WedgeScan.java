package mx.michangarrito.hardware.scanner;

import java.util.Objects;

/**
 * A keyboard-wedge burst recognised as a scan.
 *
 * @param code       the characters of the burst, without the Enter
 * @param keystrokes how many of the keystrokes just fed were the scan's (the code's length): the UI
 *                   removes that many characters it already put into a text field
 */
public record WedgeScan(String code, int keystrokes) {

    /** Checks the parts. */
    public WedgeScan {
        Objects.requireNonNull(code, "code");
        if (keystrokes != code.length()) {
            throw new IllegalArgumentException("keystrokes must equal the code's length");
        }
    }
}
