package mx.michangarrito.pos.testing;

import java.time.Duration;
import java.util.concurrent.Callable;

/** Waiting in tests for what devices and background threads do in their own time, up to 15 s. */
public final class Eventually {

    private static final Duration LIMIT = Duration.ofSeconds(15);

    private Eventually() {
    }

    /** Returns once {@code condition} holds, checking every 20 ms; an {@link AssertionError} after 15 s. */
    public static void waitUntil(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + LIMIT.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out");
            }
            Thread.sleep(20);
        }
    }
}
