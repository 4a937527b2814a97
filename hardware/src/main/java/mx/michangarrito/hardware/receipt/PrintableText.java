package mx.michangarrito.hardware.receipt;

import java.nio.charset.CharsetEncoder;
import java.text.Normalizer;
import java.util.Map;

/**
 * Turns app text into text a code table can print, one byte per character, replacing what it cannot
 * print visibly: an accented letter the table lacks loses its accent ({@code Á} → {@code A} in CP437),
 * typographic quotes and dashes become their ASCII forms, and anything else becomes {@code ?}. Control
 * characters (which a printer would read as commands) become {@code ?} too, so text never injects a
 * command. Nothing is dropped: the printed line has as many characters as the app's.
 */
public final class PrintableText {

    /** What an unprintable character is printed as. */
    public static final char REPLACEMENT = '?';

    private static final Map<Character, Character> TYPOGRAPHIC = Map.of(
            '\u2018', '\'', '\u2019', '\'', '\u201C', '"', '\u201D', '"',
            '\u2013', '-', '\u2014', '-', '\u00A0', ' ', '\u2022', '*');

    private final CodeTable table;

    /**
     * For the given table.
     *
     * @param table the printer's code table
     */
    public PrintableText(CodeTable table) {
        this.table = table;
    }

    /**
     * The text with every character the table cannot print replaced.
     *
     * @param text app text, one line (a line break is replaced too)
     * @return printable text of the same length in characters (surrogate pairs count as one)
     */
    public String of(String text) {
        CharsetEncoder encoder = table.charset().newEncoder();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> out.append(printable(cp, encoder)));
        return out.toString();
    }

    /**
     * The bytes of printable text in the table's encoding.
     *
     * @param text app text; unprintable characters are replaced first
     * @return one byte per character
     */
    public byte[] encode(String text) {
        return of(text).getBytes(table.charset());
    }

    private static char printable(int cp, CharsetEncoder encoder) {
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0) || Character.isSupplementaryCodePoint(cp)) {
            return REPLACEMENT;
        }
        char c = (char) cp;
        if (encoder.canEncode(c)) {
            return c;
        }
        Character typographic = TYPOGRAPHIC.get(c);
        if (typographic != null) {
            return typographic;
        }
        String base = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (!base.isEmpty() && base.charAt(0) < 0x80 && base.charAt(0) >= 0x20) {
            return base.charAt(0);
        }
        return REPLACEMENT;
    }
}
