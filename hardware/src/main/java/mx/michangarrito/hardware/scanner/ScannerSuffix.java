package mx.michangarrito.hardware.scanner;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a serial scanner sends after each code; set in the scanner's own configuration sheet. */
public enum ScannerSuffix {
    /** Carriage return, {@code 0D}: the factory default of most scanners. */
    CR(new byte[] {0x0D}),
    /** Line feed, {@code 0A}. */
    LF(new byte[] {0x0A}),
    /** Carriage return and line feed, {@code 0D 0A}. */
    CRLF(new byte[] {0x0D, 0x0A}),
    /** Tab, {@code 09}. */
    TAB(new byte[] {0x09});

    private final byte[] bytes;

    ScannerSuffix(byte[] bytes) {
        this.bytes = bytes;
    }

    /**
     * The bytes that end a code.
     *
     * @return a copy of the bytes
     */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Reads a suffix as written in settings: {@code cr}, {@code lf}, {@code crlf} or {@code tab}, any case.
     *
     * @param text the setting
     * @return the suffix, or empty if the text names none
     */
    public static Optional<ScannerSuffix> fromText(String text) {
        return Arrays.stream(values()).filter(s -> s.name().equals(text.strip().toUpperCase(Locale.ROOT))).findFirst();
    }
}
