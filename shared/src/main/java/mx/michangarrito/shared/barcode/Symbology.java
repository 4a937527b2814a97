package mx.michangarrito.shared.barcode;

/**
 * The kinds of product barcode the counter reads. A scanner that reports the symbology it decoded
 * (for instance through an AIM identifier) passes it to {@link Gtin#parse(String, Symbology)} as a
 * hint; a parsed {@link Gtin} reports its kind with the same values, never {@link #UNKNOWN}.
 */
public enum Symbology {
    /** EAN-8: 8 digits, the last one a GTIN check digit. */
    EAN_8(8),
    /** EAN-13: 13 digits; a UPC-A scanned as EAN-13 has a leading 0. */
    EAN_13(13),
    /** UPC-A: 12 digits. */
    UPC_A(12),
    /** UPC-E: 8 digits (number system 0 or 1, six digits, check digit), a zero-suppressed UPC-A. */
    UPC_E(8),
    /** GTIN-14: 14 digits, as on cases and pallets (ITF-14) or GS1 application identifier 01. */
    GTIN_14(14),
    /** The scanner did not say; the kind is deduced from the length of the code. */
    UNKNOWN(0);

    private final int length;

    Symbology(int length) {
        this.length = length;
    }

    /** How many digits a code of this kind has, check digit included; 0 for {@link #UNKNOWN}. */
    public int length() {
        return length;
    }
}
