package mx.michangarrito.shared.barcode;

import static mx.michangarrito.shared.barcode.LayoutField.CHECK;
import static mx.michangarrito.shared.barcode.LayoutField.ITEM;
import static mx.michangarrito.shared.barcode.LayoutField.PRICE;
import static mx.michangarrito.shared.barcode.LayoutField.WEIGHT;

import java.util.ArrayList;
import java.util.List;

/** Parses and checks a variable-measure layout pattern such as {@code 21IIIIIWWWWWC}. */
final class LayoutPattern {

    private LayoutPattern() {
    }

    static VariableMeasureLayout parse(String pattern) {
        int length = pattern.length();
        if (length != 12 && length != 13) {
            throw invalid(pattern, "has " + length + " characters; it must have 13 (EAN-13) or 12 (UPC-A)");
        }
        int prefixEnd = 0;
        while (prefixEnd < length && Digits.isDigit(pattern.charAt(prefixEnd))) {
            prefixEnd++;
        }
        if (prefixEnd == 0 || pattern.charAt(0) != '2') {
            throw invalid(pattern, "must start with its literal prefix digits, the first one 2"
                    + " (in-store codes 20-29), e.g. 21IIIIIWWWWWC");
        }
        List<LayoutField> fields = fields(pattern, prefixEnd);
        LayoutField last = fields.getLast();
        if (last.letter() != CHECK || last.width() != 1 || count(fields, CHECK) != 1) {
            throw invalid(pattern, "must end with one C (the check digit) and have no other C");
        }
        int weights = count(fields, WEIGHT);
        int prices = count(fields, PRICE);
        if (weights > 0 && prices > 0) {
            throw invalid(pattern, "mixes W and P; a layout carries a weight (W) or a price (P), not both");
        }
        if (weights == 0 && prices == 0) {
            throw invalid(pattern, "has no W (weight in grams) or P (price in centavos)");
        }
        LayoutField item = single(pattern, fields, ITEM);
        LayoutField measure = single(pattern, fields, weights > 0 ? WEIGHT : PRICE);
        return new VariableMeasureLayout(pattern, pattern.substring(0, prefixEnd), item, measure);
    }

    /** The runs of equal letters after the prefix. */
    private static List<LayoutField> fields(String pattern, int from) {
        List<LayoutField> fields = new ArrayList<>();
        int start = from;
        while (start < pattern.length()) {
            char letter = pattern.charAt(start);
            if (letter != ITEM && letter != WEIGHT && letter != PRICE && letter != CHECK) {
                throw invalid(pattern, "has '" + letter + "' at position " + (start + 1)
                        + "; after the prefix digits only the letters I, W or P and a final C may follow");
            }
            int end = start + 1;
            while (end < pattern.length() && pattern.charAt(end) == letter) {
                end++;
            }
            fields.add(new LayoutField(letter, start, end));
            start = end;
        }
        if (fields.isEmpty()) {
            throw invalid(pattern, "has only prefix digits; it needs I (item code), W or P, and a final C");
        }
        return fields;
    }

    private static LayoutField single(String pattern, List<LayoutField> fields, char letter) {
        int runs = count(fields, letter);
        if (runs != 1) {
            throw invalid(pattern, runs == 0
                    ? "has no " + describe(letter)
                    : "splits " + describe(letter) + " into " + runs + " runs; its letters must be contiguous");
        }
        return fields.stream().filter(field -> field.letter() == letter).findFirst().orElseThrow();
    }

    private static int count(List<LayoutField> fields, char letter) {
        return (int) fields.stream().filter(field -> field.letter() == letter).count();
    }

    private static String describe(char letter) {
        return switch (letter) {
            case ITEM -> "I (item code)";
            case WEIGHT -> "W (weight in grams)";
            case PRICE -> "P (price in centavos)";
            default -> String.valueOf(letter);
        };
    }

    private static IllegalArgumentException invalid(String pattern, String problem) {
        return new IllegalArgumentException("Variable-measure layout '" + pattern + "' " + problem);
    }
}
