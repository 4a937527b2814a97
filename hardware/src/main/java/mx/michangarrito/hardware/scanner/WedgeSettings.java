package mx.michangarrito.hardware.scanner;

import java.time.Duration;
import java.util.Objects;

/**
 * When keystrokes count as a keyboard-wedge scan rather than typing: at least {@code minLength}
 * characters, each at most {@code maxGap} after the one before, then Enter. Scanners type 7–16 ms
 * apart; people type 50 ms or more apart.
 *
 * @param minLength the fewest characters of a scan, at least 1
 * @param maxGap    the longest pause between keystrokes of one scan, positive
 */
public record WedgeSettings(int minLength, Duration maxGap) {

    /** 6 characters, 30 ms. */
    public static final WedgeSettings DEFAULT = new WedgeSettings(6, Duration.ofMillis(30));

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if {@code minLength} is below 1 or {@code maxGap} is not positive
     */
    public WedgeSettings {
        Objects.requireNonNull(maxGap, "maxGap");
        if (minLength < 1) {
            throw new IllegalArgumentException("minLength must be at least 1: " + minLength);
        }
        if (maxGap.isNegative() || maxGap.isZero()) {
            throw new IllegalArgumentException("maxGap must be positive: " + maxGap);
        }
    }
}
