package mx.michangarrito.hardware.display;

import static mx.michangarrito.hardware.display.DisplayCommandSet.COLUMNS;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What the customer reads, laid out on 2×20: an item and its price, the total and the change, a
 * welcome. Amounts come formatted by the app and are kept whole and flush right; descriptions are cut.
 *
 * @param upper the upper line, 20 characters
 * @param lower the lower line, 20 characters
 */
public record DisplayLines(String upper, String lower) {

    static final String MESSAGES = "mx.michangarrito.hardware.display.messages";

    /**
     * Pads or cuts both lines to 20 characters.
     *
     * @param upper upper text
     * @param lower lower text
     */
    public DisplayLines {
        upper = fit(upper);
        lower = fit(lower);
    }

    /**
     * The item just scanned: its description above, its price flush right below.
     *
     * @param description e.g. {@code "Coca-Cola 600 ml"}
     * @param price       e.g. {@code "$18.50"}
     * @return the lines
     */
    public static DisplayLines item(String description, String price) {
        return new DisplayLines(description, right("", price));
    }

    /**
     * The total, and the change once paid.
     *
     * @param total  e.g. {@code "$152.00"}
     * @param change e.g. {@code "$48.00"}, or null before payment
     * @param locale the customer's language, for the labels
     * @return the lines
     */
    public static DisplayLines total(String total, String change, Locale locale) {
        ResourceBundle labels = ResourceBundle.getBundle(MESSAGES, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String lower = change == null ? "" : right(labels.getString("display.change"), change);
        return new DisplayLines(right(labels.getString("display.total"), total), lower);
    }

    private static String right(String label, String amount) {
        String value = amount.strip();
        int room = COLUMNS - value.length();
        if (room <= 0) {
            return value.substring(value.length() - COLUMNS);
        }
        String left = label.length() >= room ? label.substring(0, Math.max(0, room - 1)) : label;
        return left + " ".repeat(COLUMNS - left.length() - value.length()) + value;
    }

    private static String fit(String text) {
        String line = text == null ? "" : text.replaceAll("\\s", " ");
        return line.length() >= COLUMNS ? line.substring(0, COLUMNS) : line + " ".repeat(COLUMNS - line.length());
    }
}
