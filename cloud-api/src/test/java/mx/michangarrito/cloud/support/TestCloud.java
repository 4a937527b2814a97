package mx.michangarrito.cloud.support;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import mx.michangarrito.cloud.Cloud;
import mx.michangarrito.cloud.config.AuthLimits;
import mx.michangarrito.cloud.config.Secrets;

/**
 * A wired {@link Cloud} over the {@link TestDatabase}, with its own clock, OTP channel and limits.
 * {@link #shared()} is the one most test classes use; tests that move the clock or test limits make
 * their own with {@link #create}.
 */
public final class TestCloud {

    /** Per-address limits high enough for a whole test run from 127.0.0.1; per-phone as in production. */
    public static final AuthLimits TEST_LIMITS = new AuthLimits(5, 100_000, 100_000, 100_000, Duration.ofHours(1));

    private static final AtomicLong PHONES = new AtomicLong(System.nanoTime() % 10_000_000L);
    private static TestCloud shared;

    private final Cloud cloud;
    private final MutableClock clock;
    private final CapturingOtpSender otp;
    private final Secrets secrets;

    private TestCloud(Cloud cloud, MutableClock clock, CapturingOtpSender otp, Secrets secrets) {
        this.cloud = cloud;
        this.clock = clock;
        this.otp = otp;
        this.secrets = secrets;
    }

    public static synchronized TestCloud shared() {
        if (shared == null) {
            shared = create(TEST_LIMITS);
        }
        return shared;
    }

    public static TestCloud create(AuthLimits limits) {
        return create(limits, mx.michangarrito.cloud.sync.PullService.DEFAULT_TOMBSTONE_RETENTION);
    }

    /** A cloud of its own that keeps tombstones for {@code tombstoneRetention}. */
    public static TestCloud create(AuthLimits limits, Duration tombstoneRetention) {
        var clock = new MutableClock(Instant.now());
        var otp = new CapturingOtpSender();
        var secrets = new Secrets(random(32), random(32), "", "");
        return new TestCloud(new Cloud(TestDatabase.get().database(), secrets, limits, clock, otp, tombstoneRetention),
                clock, otp, secrets);
    }

    /** A phone number no other test uses, E.164. */
    public static String newPhone() {
        return "+52" + (5_500_000_000L + PHONES.incrementAndGet() % 499_999_999L);
    }

    public Cloud cloud() {
        return cloud;
    }

    public MutableClock clock() {
        return clock;
    }

    public CapturingOtpSender otp() {
        return otp;
    }

    public Secrets secrets() {
        return secrets;
    }

    private static byte[] random(int n) {
        byte[] bytes = new byte[n];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
