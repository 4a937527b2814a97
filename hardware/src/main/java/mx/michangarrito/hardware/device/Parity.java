package mx.michangarrito.hardware.device;

import java.util.Locale;
import java.util.Optional;

/** Serial parity bit, written as one letter in {@code 8N1} and in {@code serial:} addresses. */
public enum Parity {
    /** No parity bit ({@code N}). */
    NONE('N'),
    /** Even parity ({@code E}), e.g. Toledo and CAS scales at 7E1. */
    EVEN('E'),
    /** Odd parity ({@code O}). */
    ODD('O'),
    /** Parity bit always 1 ({@code M}). */
    MARK('M'),
    /** Parity bit always 0 ({@code S}). */
    SPACE('S');

    private final char letter;

    Parity(char letter) {
        this.letter = letter;
    }

    /**
     * The letter used in {@code 8N1} notation and in {@code parity=} of a {@code serial:} address.
     *
     * @return N, E, O, M or S
     */
    public char letter() {
        return letter;
    }

    /**
     * Reads a parity from its letter or its English name, ignoring case ({@code N}, {@code e}, {@code odd}).
     *
     * @param text the letter or name
     * @return the parity, or empty if {@code text} names none
     */
    public static Optional<Parity> fromText(String text) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        for (Parity parity : values()) {
            if (upper.equals(String.valueOf(parity.letter)) || upper.equals(parity.name())) {
                return Optional.of(parity);
            }
        }
        return Optional.empty();
    }
}
