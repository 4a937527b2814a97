package mx.michangarrito.shared.barcode;

import java.util.Objects;

/** Checks on strings of ASCII digits, shared by the GTIN and in-store code parsers. */
final class Digits {

    private Digits() {
    }

    /** True when {@code text} is not empty and holds only the ASCII digits 0–9. */
    static boolean only(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Returns {@code text} when it is {@link #only(String) only digits}; otherwise throws. */
    static String require(String text, String what) {
        if (!only(Objects.requireNonNull(text, what))) {
            throw new IllegalArgumentException(
                    "The " + what + " must be one or more digits 0-9, got '" + text + "'");
        }
        return text;
    }

    /** True for the ASCII digits 0–9 only (not other Unicode digits). */
    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of the last character, which must be a digit. */
    static int last(String digits) {
        return digits.charAt(digits.length() - 1) - '0';
    }
}
