package mx.michangarrito.shared.barcode;

import static mx.michangarrito.shared.barcode.InvalidBarcodeException.Reason.BAD_CHECK_DIGIT;
import static mx.michangarrito.shared.barcode.InvalidBarcodeException.Reason.BAD_LENGTH;
import static mx.michangarrito.shared.barcode.InvalidBarcodeException.Reason.BAD_NUMBER_SYSTEM;
import static mx.michangarrito.shared.barcode.InvalidBarcodeException.Reason.EMPTY;
import static mx.michangarrito.shared.barcode.InvalidBarcodeException.Reason.NOT_DIGITS;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A valid GS1 trade item number read from an EAN-8, EAN-13, UPC-A, UPC-E or GTIN-14 barcode. It keeps
 * the digits as scanned and their 14-digit form, {@link #gtin14()}, the catalog key: two readings of
 * the same item (UPC-A {@code 012345678905} and EAN-13 {@code 0012345678905}) are equal.
 */
public final class Gtin {

    private final Symbology kind;
    private final String digits;
    private final String gtin14;

    private Gtin(Symbology kind, String digits) {
        this.kind = kind;
        this.digits = digits;
        String full = kind == Symbology.UPC_E ? UpcE.toUpcA(digits) : digits;
        this.gtin14 = "0".repeat(14 - full.length()) + full;
    }

    /**
     * The GTIN check digit of {@code digitsWithoutCheck}: from the right, weights 3, 1, 3, 1…; the
     * check digit is (10 − sum mod 10) mod 10. For {@code 400638133393} it is 1.
     *
     * @throws IllegalArgumentException if the text is empty or holds anything but digits 0–9
     */
    public static int checkDigit(String digitsWithoutCheck) {
        if (!Digits.only(digitsWithoutCheck)) {
            throw new IllegalArgumentException(
                    "A check digit needs one or more digits 0-9, got '" + digitsWithoutCheck + "'");
        }
        int sum = 0;
        int n = digitsWithoutCheck.length();
        for (int i = 0; i < n; i++) {
            int digit = digitsWithoutCheck.charAt(n - 1 - i) - '0';
            sum += i % 2 == 0 ? 3 * digit : digit;
        }
        return (10 - sum % 10) % 10;
    }

    /** Same as {@link #parse(String, Symbology)} with {@link Symbology#UNKNOWN}. */
    public static Gtin parse(String code) {
        return parse(code, Symbology.UNKNOWN);
    }

    /**
     * Reads a code as scanned or typed; whitespace around it is ignored. Without a hint the length
     * decides the kind; an 8-digit code is an EAN-8 when its check digit is valid, otherwise a UPC-E
     * when it is a valid one (see {@link #interpretations(String)} for both readings).
     *
     * @param hint the symbology the scanner reported, or {@link Symbology#UNKNOWN}
     * @throws InvalidBarcodeException if the code is empty, not all digits, of a wrong length, has a
     *                                 wrong check digit, or is a UPC-E not starting with 0 or 1
     */
    public static Gtin parse(String code, Symbology hint) {
        Objects.requireNonNull(hint, "hint");
        String c = code.strip();
        if (c.isEmpty()) {
            throw new InvalidBarcodeException(EMPTY, c, "Empty barcode");
        }
        if (!Digits.only(c)) {
            throw new InvalidBarcodeException(NOT_DIGITS, c, "Barcode '" + c + "' has characters besides 0-9");
        }
        List<Symbology> kinds = hint == Symbology.UNKNOWN ? kindsOfLength(c.length()) : List.of(hint);
        if (kinds.isEmpty() || kinds.getFirst().length() != c.length()) {
            String expected = kinds.isEmpty() ? "a GTIN has 8, 12, 13 or 14" : hint + " has " + hint.length();
            throw new InvalidBarcodeException(BAD_LENGTH, c,
                    "Barcode " + c + " has " + c.length() + " digits; " + expected);
        }
        for (Symbology kind : kinds) {
            if (isValid(kind, c)) {
                return new Gtin(kind, c);
            }
        }
        if (hint == Symbology.UPC_E && !UpcE.hasNumberSystem(c)) {
            throw new InvalidBarcodeException(BAD_NUMBER_SYSTEM, c, "UPC-E " + c + " must start with 0 or 1");
        }
        throw new InvalidBarcodeException(BAD_CHECK_DIGIT, c, "Barcode " + c + " has a wrong check digit: "
                + kinds.stream().map(kind -> expectation(kind, c)).collect(Collectors.joining(", ")));
    }

    /**
     * Every valid reading of a code, preferred first; empty when there is none. Only 8-digit codes can
     * have two (EAN-8 and UPC-E), so a catalog lookup can try each.
     */
    public static List<Gtin> interpretations(String code) {
        String c = code.strip();
        if (!Digits.only(c)) {
            return List.of();
        }
        return kindsOfLength(c.length()).stream()
                .filter(kind -> isValid(kind, c))
                .map(kind -> new Gtin(kind, c))
                .toList();
    }

    private static List<Symbology> kindsOfLength(int length) {
        return switch (length) {
            case 8 -> List.of(Symbology.EAN_8, Symbology.UPC_E);
            case 12 -> List.of(Symbology.UPC_A);
            case 13 -> List.of(Symbology.EAN_13);
            case 14 -> List.of(Symbology.GTIN_14);
            default -> List.of();
        };
    }

    private static boolean isValid(Symbology kind, String c) {
        if (kind == Symbology.UPC_E) {
            return UpcE.hasNumberSystem(c) && UpcE.toUpcA(c).endsWith(c.substring(7));
        }
        return checkDigit(c.substring(0, c.length() - 1)) == Digits.last(c);
    }

    private static String expectation(Symbology kind, String c) {
        if (kind != Symbology.UPC_E) {
            return kind + " expects " + checkDigit(c.substring(0, c.length() - 1));
        }
        return UpcE.hasNumberSystem(c)
                ? "UPC-E expects " + Digits.last(UpcE.toUpcA(c))
                : "not a UPC-E (starts with 2-9)";
    }

    /** What the code was read as; never {@link Symbology#UNKNOWN}. */
    public Symbology kind() {
        return kind;
    }

    /** The digits as scanned, check digit included (8 digits for a UPC-E). */
    public String digits() {
        return digits;
    }

    /** The 14-digit GTIN, left-padded with zeros (a UPC-E expanded to UPC-A first): the catalog key. */
    public String gtin14() {
        return gtin14;
    }

    /** Equal when both stand for the same item, that is, have the same {@link #gtin14()}. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Gtin that && gtin14.equals(that.gtin14);
    }

    @Override
    public int hashCode() {
        return gtin14.hashCode();
    }

    @Override
    public String toString() {
        return kind + " " + digits;
    }
}
