package mx.michangarrito.pos.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": after the n-th failure in a row the pusher waits between half
 * and all of {@code min(cap, base · 2^(n−1))}, so terminals that lost the network together do not come
 * back together, and a terminal is never more than {@code cap} away from its next try.
 */
final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final RandomGenerator random;

    Backoff(Duration base, Duration cap, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, not " + base + " / " + cap);
        }
        this.base = base;
        this.cap = cap;
        this.random = Objects.requireNonNull(random, "random");
    }

    /** How long to wait after {@code failures} failures in a row (from 1). */
    Duration delay(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures start at 1, not " + failures);
        }
        long capMillis = cap.toMillis();
        long ceiling = base.toMillis();
        for (int i = 1; i < failures && ceiling < capMillis; i++) {
            ceiling *= 2;
        }
        ceiling = Math.min(ceiling, capMillis);
        long half = ceiling / 2;
        return Duration.ofMillis(half + random.nextLong(ceiling - half + 1));
    }
}
