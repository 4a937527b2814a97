package mx.michangarrito.cloud.config;

import java.time.Duration;

import io.helidon.config.Config;

/**
 * Rate limits of the unauthenticated endpoints (one-time codes, pairing). Each is "at most N in a sliding
 * window". Per-IP limits count the TCP peer address.
 *
 * @param codesPerPhone    one-time codes sent to one phone per window
 * @param codesPerIp       one-time codes requested from one address per window
 * @param verifiesPerIp    code checks (login, sign-up) from one address per window
 * @param pairingsPerIp    pairing-code exchanges from one address per window
 * @param window           the sliding window
 */
public record AuthLimits(int codesPerPhone, int codesPerIp, int verifiesPerIp, int pairingsPerIp, Duration window) {

    /** Defaults: 5 codes per phone, 20 per address, 30 checks and 10 pairings per address, per hour. */
    public static final AuthLimits DEFAULT = new AuthLimits(5, 20, 30, 10, Duration.ofHours(1));

    /** Reads {@code cloud.limits} of application.yaml, falling back to {@link #DEFAULT} per value. */
    public static AuthLimits from(Config limits) {
        return new AuthLimits(
                limits.get("codes-per-phone").asInt().orElse(DEFAULT.codesPerPhone()),
                limits.get("codes-per-ip").asInt().orElse(DEFAULT.codesPerIp()),
                limits.get("verifies-per-ip").asInt().orElse(DEFAULT.verifiesPerIp()),
                limits.get("pairings-per-ip").asInt().orElse(DEFAULT.pairingsPerIp()),
                limits.get("window").as(Duration.class).orElse(DEFAULT.window()));
    }
}
