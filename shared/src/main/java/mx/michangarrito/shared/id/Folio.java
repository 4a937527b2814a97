package mx.michangarrito.shared.id;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A ticket's human folio, {@code <terminal code>-<counter>} (e.g. {@code CAJA1-1024}): unique per shop
 * because each terminal has its own code and counts its own tickets. The code is 1–10 capital letters
 * or digits (no dash, so the folio reads back unambiguously); the counter starts at 1.
 *
 * @param terminalCode the terminal's short code
 * @param number       the terminal's ticket counter
 */
public record Folio(String terminalCode, long number) implements Comparable<Folio> {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1,10}");
    private static final Pattern FOLIO = Pattern.compile("([A-Z0-9]{1,10})-([1-9][0-9]{0,17})");

    public Folio {
        Objects.requireNonNull(terminalCode, "terminalCode");
        if (!CODE.matcher(terminalCode).matches()) {
            throw new IllegalArgumentException(
                    "a terminal code is 1 to 10 capital letters or digits, not '" + terminalCode + "'");
        }
        if (number < 1) {
            throw new IllegalArgumentException("a folio number starts at 1, not " + number);
        }
    }

    /** Reads a folio as printed on a ticket; case and surrounding spaces are forgiven. */
    public static Folio parse(String text) {
        Matcher m = FOLIO.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a folio (expected e.g. CAJA1-1024): '" + text + "'");
        }
        return new Folio(m.group(1), Long.parseLong(m.group(2)));
    }

    /** The next folio of the same terminal. */
    public Folio next() {
        return new Folio(terminalCode, Math.addExact(number, 1));
    }

    @Override
    public int compareTo(Folio other) {
        int byTerminal = terminalCode.compareTo(other.terminalCode);
        return byTerminal != 0 ? byTerminal : Long.compare(number, other.number);
    }

    @Override
    public String toString() {
        return terminalCode + "-" + number;
    }
}
