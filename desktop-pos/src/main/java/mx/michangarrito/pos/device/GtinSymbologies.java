package mx.michangarrito.pos.device;

import java.util.List;
import mx.michangarrito.hardware.device.Symbology;
import mx.michangarrito.hardware.scanner.SymbologyInference;
import mx.michangarrito.shared.barcode.Gtin;

/**
 * Tells a scan's barcode type from its digits with the GTIN rules of {@code shared}, for scanners that do
 * not say it (serial without AIM identifiers, keyboard wedges). Only unambiguous codes get a type: all
 * digits, of a GTIN length, with a valid check digit, and exactly one valid reading: 13 digits EAN-13,
 * 12 UPC-A, 14 ITF (an ITF-14 carrying a GTIN-14), 8 digits EAN-8 or UPC-E. An 8-digit code valid both
 * as EAN-8 and as UPC-E (e.g. {@code 01234565}) stays {@link Symbology#UNKNOWN}: a wrong type is worse
 * than none, and the catalog lookup tries both readings of an unknown one (docs/decisions/0013).
 * Anything else (letters, other lengths, a bad check digit) is {@link Symbology#UNKNOWN}: Code 128 and
 * Code 39 cannot be told apart from their text.
 */
public final class GtinSymbologies implements SymbologyInference {

    /** The one instance; it holds no state. */
    public static final GtinSymbologies INSTANCE = new GtinSymbologies();

    private GtinSymbologies() {
    }

    @Override
    public Symbology infer(String code) {
        if (code.isEmpty() || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Symbology.UNKNOWN;
        }
        List<Gtin> readings = Gtin.interpretations(code);
        if (readings.size() != 1) {
            return Symbology.UNKNOWN;
        }
        return switch (readings.getFirst().kind()) {
            case EAN_13 -> Symbology.EAN_13;
            case UPC_A -> Symbology.UPC_A;
            case EAN_8 -> Symbology.EAN_8;
            case UPC_E -> Symbology.UPC_E;
            case GTIN_14 -> Symbology.ITF;
            case UNKNOWN -> Symbology.UNKNOWN;
        };
    }
}
