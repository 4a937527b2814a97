package mx.michangarrito.shared.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mexican (es-MX) text form of {@link Money}: {@code $1,234.50}, comma for thousands, point for decimals.
 *
 * <p>Parsing is strict because a misread amount at the counter is worse than a rejected one. Accepted:
 * an optional leading {@code -}, an optional {@code $}, digits either plain ({@code 1234}) or grouped by
 * commas in threes ({@code 1,234}), and up to two decimals after a point ({@code 1234.5}, {@code .50}).
 * Rejected with a reason: a decimal comma ({@code 1234,50}), spaces inside the amount ({@code $ 1 234}),
 * wrong grouping, more than two decimals, anything else.
 */
public final class MoneyFormat {

    private static final Pattern AMOUNT = Pattern.compile(
            "(-)?\\$?(-)?(?<int>\\d{1,3}(?:,\\d{3})+|\\d*)(?:\\.(?<dec>\\d*))?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile(".*\\d,\\d{1,2}");

    private MoneyFormat() {
    }

    public static String format(Money money) {
        long centavos = money.centavos();
        String sign = centavos < 0 ? "-" : "";
        // Divide before abs: Math.abs(Long.MIN_VALUE) would overflow.
        return String.format(Locale.ROOT, "%s$%,d.%02d", sign, Math.abs(centavos / 100), Math.abs(centavos % 100));
    }

    /**
     * Parses an amount typed or imported in Mexico.
     *
     * @throws InvalidAmountException with a {@link InvalidAmountException.Reason} and a Spanish message
     */
    public static Money parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidAmountException(InvalidAmountException.Reason.EMPTY, text);
        }
        String input = text.strip();
        if (DECIMAL_COMMA.matcher(input).matches()) {
            throw new InvalidAmountException(InvalidAmountException.Reason.DECIMAL_COMMA, text);
        }
        if (input.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidAmountException(InvalidAmountException.Reason.SPACES, text);
        }
        Matcher m = AMOUNT.matcher(input);
        if (!m.matches() || (m.group(1) != null && m.group(2) != null)) {
            throw new InvalidAmountException(reasonForMismatch(input), text);
        }
        String whole = m.group("int").replace(",", "");
        String decimals = m.group("dec");
        if (whole.isEmpty() && (decimals == null || decimals.isEmpty())) {
            throw new InvalidAmountException(InvalidAmountException.Reason.NOT_A_NUMBER, text);
        }
        if (decimals != null && decimals.isEmpty()) {
            throw new InvalidAmountException(InvalidAmountException.Reason.INCOMPLETE_DECIMALS, text);
        }
        if (decimals != null && decimals.length() > 2) {
            throw new InvalidAmountException(InvalidAmountException.Reason.TOO_MANY_DECIMALS, text);
        }
        BigDecimal pesos = new BigDecimal((whole.isEmpty() ? "0" : whole) + (decimals == null ? "" : "." + decimals));
        boolean negative = m.group(1) != null || m.group(2) != null;
        try {
            return Money.ofCentavos((negative ? pesos.negate() : pesos).movePointRight(2).longValueExact());
        } catch (ArithmeticException e) {
            throw new InvalidAmountException(InvalidAmountException.Reason.TOO_LARGE, text);
        }
    }

    private static InvalidAmountException.Reason reasonForMismatch(String input) {
        if (input.matches("(-\\$?|\\$-?)?[\\d,]+(\\.\\d*)?")) {
            return InvalidAmountException.Reason.BAD_GROUPING;
        }
        return InvalidAmountException.Reason.NOT_A_NUMBER;
    }
}
