package mx.michangarrito.hardware.receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * Column arithmetic for monospaced receipt lines: words wrap at spaces, a word longer than a line is
 * split, and a two-column line keeps its amount flush right on the first line.
 */
public final class LineWrap {

    private LineWrap() {
    }

    /**
     * Wraps text to lines of at most {@code width} characters. Runs of spaces between words on one
     * line are kept; spaces at a break are dropped. Empty text gives one empty line.
     *
     * @param text  one paragraph, no line breaks
     * @param width characters per line, at least 1
     * @return the lines
     */
    public static List<String> wrap(String text, int width) {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1: " + width);
        }
        List<String> lines = new ArrayList<>();
        String rest = stripTrailing(text);
        while (rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width);
            String line;
            if (cut <= 0) {
                line = rest.substring(0, width);
                rest = rest.substring(width);
            } else {
                line = stripTrailing(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            rest = rest.stripLeading();
            if (!line.isEmpty()) {
                lines.add(line);
            }
        }
        if (!rest.isEmpty() || lines.isEmpty()) {
            lines.add(rest);
        }
        return lines;
    }

    /**
     * Lays out a label and an amount on {@code width} columns: the amount flush right on the first
     * line, the label wrapped in the space to its left (at least one space between). When the amount
     * leaves less than a third of the line, the label takes full lines and the amount a line of its own.
     *
     * @param left  the label
     * @param right the amount
     * @param width characters per line
     * @return lines of exactly {@code width} characters except wrapped label lines, which are not padded
     */
    public static List<String> columns(String left, String right, int width) {
        String amount = right.strip();
        if (amount.length() > width) {
            List<String> lines = new ArrayList<>(wrap(left, width));
            lines.addAll(wrap(amount, width).stream().map(line -> pad(line, width)).toList());
            return lines;
        }
        int labelWidth = width - amount.length() - 1;
        if (labelWidth < width / 3) {
            List<String> lines = new ArrayList<>(wrap(left, width));
            lines.add(pad(amount, width));
            return lines;
        }
        List<String> labels = wrap(left, labelWidth);
        List<String> lines = new ArrayList<>();
        lines.add(labels.getFirst() + " ".repeat(width - labels.getFirst().length() - amount.length()) + amount);
        lines.addAll(labels.subList(1, labels.size()));
        return lines;
    }

    private static String pad(String amount, int width) {
        return " ".repeat(width - amount.length()) + amount;
    }

    private static String stripTrailing(String text) {
        return text.stripTrailing();
    }
}
