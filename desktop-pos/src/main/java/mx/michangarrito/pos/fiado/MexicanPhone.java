package mx.michangarrito.pos.fiado;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Mexican phone number as customers dictate it ("55 1234-5678", "(55) 1234 5678", "+52 55 1234 5678",
 * the old mobile form "+52 1 55 1234 5678") reduced to its 10 national digits. Since 2019 every Mexican
 * number has 10 digits; the WhatsApp form is {@code +52} followed by them.
 */
final class MexicanPhone {

    private static final Pattern ALLOWED = Pattern.compile("\\+?[0-9 ()./-]+");
    private static final Pattern NOT_DIGITS = Pattern.compile("[^0-9]");

    private MexicanPhone() {
    }

    /** The 10 digits, or empty when nothing was typed; refuses anything else with INVALID_PHONE. */
    static Optional<String> normalise(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (!ALLOWED.matcher(text).matches()) {
            throw FiadoException.invalidPhone(text);
        }
        String digits = NOT_DIGITS.matcher(text).replaceAll("");
        boolean international = text.startsWith("+");
        if (digits.length() == 10 && !international) {
            return Optional.of(digits);
        }
        if (digits.length() == 12 && digits.startsWith("52")) {
            return Optional.of(digits.substring(2));
        }
        if (digits.length() == 13 && digits.startsWith("521")) {
            return Optional.of(digits.substring(3));
        }
        throw FiadoException.invalidPhone(text);
    }
}
