package mx.michangarrito.hardware.scanner;

import mx.michangarrito.hardware.device.Symbology;

/**
 * Tells a scan's barcode type from its characters alone, for scanners that do not say it (serial
 * scanners without AIM identifiers, keyboard wedges). The rules that can (GTIN lengths and check
 * digits) live with the barcode code of the app; this module imports none of ours (DESIGN.md), so the
 * app passes them in. An inference answers {@link Symbology#UNKNOWN} unless the code is unambiguous.
 */
@FunctionalInterface
public interface SymbologyInference {

    /** Infers nothing: every code is {@link Symbology#UNKNOWN}. */
    SymbologyInference NONE = code -> Symbology.UNKNOWN;

    /**
     * The type of a scanned code.
     *
     * @param code the code as scanned, prefix and suffix removed
     * @return its type, or {@link Symbology#UNKNOWN} when the characters do not tell it for sure
     */
    Symbology infer(String code);
}
