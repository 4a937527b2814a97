package mx.michangarrito.hardware.scanner;

import java.util.Objects;
import mx.michangarrito.hardware.device.Symbology;

/**
 * A code found in a picture.
 *
 * @param text      the code
 * @param symbology its barcode type
 */
public record DecodedBarcode(String text, Symbology symbology) {

    /** Checks the parts. */
    public DecodedBarcode {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(symbology, "symbology");
    }
}
