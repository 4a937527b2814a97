package mx.michangarrito.hardware.device;

/**
 * The barcode type of a scan, when the reader knows it. A webcam decoder knows what it decoded; a serial
 * scanner set to send AIM identifiers says it ({@link mx.michangarrito.hardware.scanner.AimIdentifier});
 * otherwise serial and keyboard-wedge scans carry only the characters, and the type is what a
 * {@link mx.michangarrito.hardware.scanner.SymbologyInference} can tell from them, else {@link #UNKNOWN}.
 */
public enum Symbology {
    /** EAN-13 (and JAN), the usual retail code in Mexico. */
    EAN_13,
    /** EAN-8, small packs. */
    EAN_8,
    /** UPC-A, US products. */
    UPC_A,
    /** UPC-E, the short UPC form. */
    UPC_E,
    /** Code 128, e.g. shipping labels and in-store codes. */
    CODE_128,
    /** Code 39. */
    CODE_39,
    /** Interleaved 2 of 5, including ITF-14 (a GTIN-14 on cases). */
    ITF,
    /** QR code. */
    QR_CODE,
    /** The reader did not say. */
    UNKNOWN
}
