package mx.michangarrito.hardware.device;

import java.time.Instant;
import java.util.Objects;

/**
 * A scanner read a whole code: the prefix and suffix the scanner adds are already removed.
 *
 * @param source    the scanner's name
 * @param at        when the code arrived
 * @param code      the code as read, e.g. {@code 7501055300846}; never empty
 * @param symbology the barcode type, {@link Symbology#UNKNOWN} if the scanner does not say
 */
public record BarcodeScanned(String source, Instant at, String code, Symbology symbology) implements DeviceEvent {

    /** Checks that no part is missing and the code is not empty. */
    public BarcodeScanned {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(symbology, "symbology");
        if (code.isEmpty()) {
            throw new IllegalArgumentException("empty code");
        }
    }
}
