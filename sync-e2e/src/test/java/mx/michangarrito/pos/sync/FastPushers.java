package mx.michangarrito.pos.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.SplittableRandom;
import mx.michangarrito.pos.store.PosDatabase;

/**
 * The production pusher (OkHttp transport, real sleeps, the same loop) with test timings: the backoff,
 * idle poll and timeout are seconds in production, so a test with hundreds of injected faults would wait
 * minutes for nothing. In the pusher's package (on the test class path only) to reach its constructor.
 */
public final class FastPushers {

    private FastPushers() {
    }

    /**
     * A pusher to {@code target} with batches of {@code batchSize}, backoff 10 ms → 200 ms with jitter,
     * an idle poll of 50 ms and a 10 s network timeout.
     */
    public static OutboxPusher create(PosDatabase db, SyncTarget target, int batchSize, long seed) {
        return new OutboxPusher(db, new OkHttpPushTransport(target, Duration.ofSeconds(10)), target.terminalId(),
                Clock.systemUTC(), Sleeper.THREAD,
                new Backoff(Duration.ofMillis(10), Duration.ofMillis(200), new SplittableRandom(seed)), batchSize,
                Duration.ofMillis(50));
    }
}
