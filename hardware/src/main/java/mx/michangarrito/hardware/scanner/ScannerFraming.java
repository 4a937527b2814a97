package mx.michangarrito.hardware.scanner;

import java.util.Objects;

/**
 * How a serial scanner frames each code: an optional prefix the scanner puts before it, an optional AIM
 * symbology identifier after the prefix, and the suffix after the code.
 *
 * @param prefix    characters before each code, empty for none (most scanners send none)
 * @param suffix    what ends each code
 * @param maxLength the longest code accepted; longer input is noise (a wrong baud rate, a missing suffix)
 * @param aim       whether the scanner is set to send an AIM identifier ({@code ]E0}, {@code ]C0}…) before
 *                  each code (after the prefix): it is removed and tells the {@link
 *                  mx.michangarrito.hardware.device.Symbology}; off by default, as on most scanners
 */
public record ScannerFraming(String prefix, ScannerSuffix suffix, int maxLength, boolean aim) {

    /** No prefix, no AIM identifier, CR suffix, codes up to 128 characters. */
    public static final ScannerFraming DEFAULT = new ScannerFraming("", ScannerSuffix.CR, 128);

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if {@code maxLength} is not positive or the prefix holds a
     *                                  line-ending character
     */
    public ScannerFraming {
        Objects.requireNonNull(prefix, "prefix");
        Objects.requireNonNull(suffix, "suffix");
        if (maxLength <= 0) {
            throw new IllegalArgumentException("maxLength must be positive: " + maxLength);
        }
        if (prefix.chars().anyMatch(c -> c == '\r' || c == '\n' || c == '\t')) {
            throw new IllegalArgumentException("a prefix cannot hold CR, LF or TAB");
        }
    }

    /**
     * A framing without AIM identifiers.
     *
     * @param prefix    characters before each code, empty for none
     * @param suffix    what ends each code
     * @param maxLength the longest code accepted
     */
    public ScannerFraming(String prefix, ScannerSuffix suffix, int maxLength) {
        this(prefix, suffix, maxLength, false);
    }

    /**
     * The same framing with another suffix.
     *
     * @param newSuffix the suffix
     * @return the new framing
     */
    public ScannerFraming withSuffix(ScannerSuffix newSuffix) {
        return new ScannerFraming(prefix, newSuffix, maxLength, aim);
    }

    /**
     * The same framing with another prefix.
     *
     * @param newPrefix the prefix, empty for none
     * @return the new framing
     */
    public ScannerFraming withPrefix(String newPrefix) {
        return new ScannerFraming(newPrefix, suffix, maxLength, aim);
    }

    /**
     * The same framing with AIM identifiers expected or not.
     *
     * @param expected true when the scanner is set to send an AIM identifier before each code
     * @return the new framing
     */
    public ScannerFraming withAim(boolean expected) {
        return new ScannerFraming(prefix, suffix, maxLength, expected);
    }
}
