package mx.michangarrito.pos.settings;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Mexican taxpayer id (RFC) as SAT shapes it: 3 letters for a company or 4 for a person (Ñ and &amp;
 * allowed), a real date as YYMMDD, and a 3-character homoclave. The check digit is not verified: SAT's
 * own validator does that when invoicing; here the aim is catching typing mistakes.
 */
public final class Rfc {

    private static final Pattern SHAPE = Pattern.compile("([A-ZÑ&]{3,4})(\\d{2})(\\d{2})(\\d{2})([A-Z\\d]{2}[A\\d])");

    private Rfc() {
    }

    /** The RFC in upper case without spaces or dashes, if {@code text} is one; empty otherwise. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String rfc = text.strip().replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
        Matcher m = SHAPE.matcher(rfc);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            // The century does not matter for the check; 2000 is a leap year like 1900 is not, so 29 Feb of
            // a "00" year is accepted either way.
            LocalDate.of(2000 + Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.of(rfc);
    }
}
