package mx.michangarrito.cloud.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.cloud.http.ApiException;
import mx.michangarrito.shared.id.UuidV7Generator;

/**
 * One-time login codes: 6 digits, valid 5 minutes, 5 wrong tries kill a code; sending is rate-limited
 * per phone and per address. Codes are stored as an HMAC under a server key, so a copy of the table does
 * not reveal them.
 */
public final class OtpService {

    public static final Duration VALIDITY = Duration.ofMinutes(5);
    public static final int MAX_ATTEMPTS = 5;
    private static final System.Logger LOG = System.getLogger(OtpService.class.getName());

    private final Database database;
    private final OtpRepository repository;
    private final OtpSender sender;
    private final byte[] key;
    private final Clock clock;
    private final UuidV7Generator ids;
    private final RateLimiter perPhone;
    private final RateLimiter perIp;

    public OtpService(Database database, OtpRepository repository, OtpSender sender, byte[] key, Clock clock,
                      UuidV7Generator ids, RateLimiter perPhone, RateLimiter perIp) {
        this.database = Objects.requireNonNull(database, "database");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.key = key.clone();
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.perPhone = Objects.requireNonNull(perPhone, "perPhone");
        this.perIp = Objects.requireNonNull(perIp, "perIp");
    }

    /** Sends a new code to {@code phone} (E.164). Always the same answer whether the phone is known or not. */
    public void send(String phone, String clientAddress) {
        if (!perIp.tryAcquire(clientAddress) || !perPhone.tryAcquire(phone)) {
            LOG.log(System.Logger.Level.INFO, () -> "one-time code refused by rate limit for " + Phone.masked(phone));
            throw ApiException.tooManyRequests();
        }
        String code = "%06d".formatted(Hashes.random().nextInt(1_000_000));
        Instant now = clock.instant();
        UUID id = ids.next();
        database.withoutTenant(tx -> {
            repository.deleteExpired(tx, now.minus(Duration.ofDays(1)));
            repository.insert(tx, new OtpChallenge(id, phone, digest(id, code), now, now.plus(VALIDITY), 0));
            return null;
        });
        sender.send(phone, code, VALIDITY);
    }

    /** Checks {@code code} against the phone's open challenge inside {@code tx}; counts a wrong try. */
    public OtpCheck check(Tx tx, String phone, String code) {
        var open = repository.latestOpen(tx, phone, clock.instant());
        if (open.isEmpty()) {
            return OtpCheck.NONE;
        }
        OtpChallenge challenge = open.get();
        if (challenge.attempts() >= MAX_ATTEMPTS) {
            return OtpCheck.LOCKED;
        }
        if (Hashes.same(challenge.codeHash(), digest(challenge.id(), code))) {
            return OtpCheck.VALID;
        }
        repository.countFailure(tx, challenge.id());
        return OtpCheck.WRONG;
    }

    /** Uses up the phone's open code (after {@link #check} said VALID in the same transaction). */
    public void consume(Tx tx, String phone) {
        repository.latestOpen(tx, phone, clock.instant()).ifPresent(c -> repository.consume(tx, c.id(), clock.instant()));
    }

    /** Throws the problem matching a failed check. */
    public static ApiException refusal(OtpCheck check) {
        return switch (check) {
            case WRONG -> ApiException.unauthorized("otp.wrong");
            case NONE -> ApiException.unauthorized("otp.none");
            case LOCKED -> new ApiException(io.helidon.http.Status.TOO_MANY_REQUESTS_429, "otp.locked");
            case VALID -> throw new IllegalArgumentException("not a refusal");
        };
    }

    /** A code must be exactly six digits. */
    public static String requireCodeFormat(String code) {
        if (code == null || !code.matches("\\d{6}")) {
            throw ApiException.badRequest("otp.format");
        }
        return code;
    }

    private byte[] digest(UUID challengeId, String code) {
        return Hashes.hmac(key, challengeId + ":" + code);
    }
}
