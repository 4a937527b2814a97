package mx.michangarrito.hardware.receipt;

/**
 * The test page a shop prints to pick the code table that shows Spanish right (USER-NEEDS: "ñÑ
 * áéíóú ¿¡ $"): a header, the characters that go wrong on cheap clones, a two-column line, an EAN-13,
 * a QR and a cut.
 */
public final class TestTicket {

    /** The line that must print exactly; a wrong code table garbles it. */
    public static final String SPANISH_LINE = "ñÑ áéíóú ÁÉÍÓÚ ¿¡ $1,234.50";
    /** The barcode printed (a valid EAN-13). */
    public static final String EAN13 = "7501031311309";
    /** The QR payload printed. */
    public static final String QR = "https://michangarrito.mx/prueba";

    private TestTicket() {
    }

    /**
     * The test page for a profile.
     *
     * @param profile the printer's profile; its code table is named on the page
     * @return the document
     */
    public static ReceiptDocument document(ReceiptProfile profile) {
        TextStyle centred = TextStyle.NORMAL.aligned(Alignment.CENTER);
        return ReceiptDocument.builder()
                .text("MiChangarrito", centred.bolded().sized(TextSize.DOUBLE))
                .text("Prueba de impresión", centred)
                .separator('=')
                .text(SPANISH_LINE)
                .columns("Tabla " + profile.codeTable().name() + " (ESC t " + profile.codeTableNumber() + ")",
                        profile.columns() + " col")
                .separator('-')
                .ean13(EAN13)
                .qr(QR)
                .cut()
                .build();
    }
}
