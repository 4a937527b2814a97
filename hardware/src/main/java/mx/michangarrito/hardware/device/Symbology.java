package mx.michangarrito.hardware.device;

/**
 * The barcode type of a scan, when the reader knows it. Serial and keyboard-wedge scanners send only
 * the digits, so their scans are {@link #UNKNOWN}; a webcam decoder knows what it decoded.
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
    /** Interleaved 2 of 5. */
    ITF,
    /** QR code. */
    QR_CODE,
    /** The reader did not say. */
    UNKNOWN
}
