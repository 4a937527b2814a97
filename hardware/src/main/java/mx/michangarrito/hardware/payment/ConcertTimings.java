package mx.michangarrito.hardware.payment;

import java.time.Duration;
import java.util.Objects;

/**
 * How long the POS waits at each step of a Concert session, and how often it tries again.
 *
 * @param ackTimeout    for the terminal's ACK to ENQ or to a frame, and for each byte of its answer
 * @param resultTimeout for the terminal's ENQ announcing the result (the customer is typing the PIN)
 * @param maxAttempts   sends of ENQ, of the request and NAKs of a broken answer before giving up
 */
public record ConcertTimings(Duration ackTimeout, Duration resultTimeout, int maxAttempts) {

    /** 2 s for an ACK, 120 s for the result, 3 attempts. */
    public static final ConcertTimings DEFAULT = new ConcertTimings(Duration.ofSeconds(2), Duration.ofSeconds(120), 3);

    /**
     * Checks the values.
     *
     * @throws IllegalArgumentException if a timeout is not positive or attempts are below 1
     */
    public ConcertTimings {
        Objects.requireNonNull(ackTimeout, "ackTimeout");
        Objects.requireNonNull(resultTimeout, "resultTimeout");
        if (ackTimeout.isNegative() || ackTimeout.isZero() || resultTimeout.isNegative() || resultTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("at least one attempt: " + maxAttempts);
        }
    }
}
