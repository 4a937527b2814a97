package mx.michangarrito.hardware.receipt;

import java.nio.charset.Charset;
import java.util.Locale;

/**
 * The character tables Spanish tickets need, with the {@code ESC t n} number most Epson-compatible
 * printers use for them and the Java charset that produces the same bytes. Printers number their
 * tables differently (a Star printer calls CP858 table 4), so {@link ReceiptProfile} can override the
 * number; the bytes of the text stay those of the table.
 */
public enum CodeTable {
    /** PC858, Multilingual Latin I + euro: every Spanish letter and sign. The default. */
    CP858(19, "IBM00858"),
    /** Windows-1252 (WPC1252), common on Chinese clones. */
    WPC1252(16, "windows-1252"),
    /** PC850, Multilingual Latin I. */
    CP850(2, "IBM850"),
    /** PC437, USA: lacks Á, Í, Ó, Ú, which are printed as A, I, O, U. */
    CP437(0, "IBM437");

    private final int escPosNumber;
    private final Charset charset;

    CodeTable(int escPosNumber, String charsetName) {
        this.escPosNumber = escPosNumber;
        this.charset = Charset.forName(charsetName);
    }

    /**
     * The table's number in {@code ESC t n} on Epson and most compatible printers.
     *
     * @return n, e.g. 19 for CP858
     */
    public int escPosNumber() {
        return escPosNumber;
    }

    /**
     * The Java charset whose bytes match this table.
     *
     * @return the charset
     */
    public Charset charset() {
        return charset;
    }

    /**
     * Reads a table name as a settings file or command line writes it.
     *
     * @param name {@code cp858}, {@code wpc1252}, {@code cp850} or {@code cp437}, in any case
     * @return the table
     * @throws IllegalArgumentException naming the accepted values
     */
    public static CodeTable parse(String name) {
        try {
            return valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown code table \"" + name + "\"; use cp858, wpc1252, cp850 or cp437", e);
        }
    }
}
