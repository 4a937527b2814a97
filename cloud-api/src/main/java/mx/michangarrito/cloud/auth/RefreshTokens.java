package mx.michangarrito.cloud.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.shared.id.UuidV7Generator;

/**
 * Rotating refresh tokens, {@code rt1.<tenant>.<token id>.<secret>}, valid 30 days and usable once: each
 * use returns a new token of the same family. Presenting a token that was already used means it was
 * copied, so the whole family is revoked and its holder must log in again.
 */
public final class RefreshTokens {

    public static final Duration LIFETIME = Duration.ofDays(30);
    private static final String PREFIX = "rt1.";

    private final RefreshTokenRepository repository;
    private final Clock clock;
    private final UuidV7Generator ids;

    public RefreshTokens(RefreshTokenRepository repository, Clock clock, UuidV7Generator ids) {
        this.repository = Objects.requireNonNull(repository, "repository");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    /** The parts of a presented token, or empty if it is not one of ours in form. */
    public static Optional<Presented> parse(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
            return Optional.empty();
        }
        String[] parts = token.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 3 || parts[2].isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Presented(UUID.fromString(parts[0]), UUID.fromString(parts[1]), parts[2]));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Issues a token of a new family (at login). */
    public String issueNewFamily(Tx tx, UUID userId) {
        return issue(tx, userId, ids.next());
    }

    /** Issues the next token of {@code familyId}. */
    public String issue(Tx tx, UUID userId, UUID familyId) {
        String secret = Hashes.randomSecret();
        UUID tokenId = ids.next();
        Instant now = clock.instant();
        repository.insert(tx, new RefreshToken(tx.tenantId(), tokenId, familyId, userId, Hashes.sha256(secret),
                now.plus(LIFETIME), null, null), now);
        return PREFIX + tx.tenantId() + "." + tokenId + "." + secret;
    }

    /**
     * Uses {@code presented} inside its tenant's transaction.
     *
     * @return the outcome; on {@link Outcome.Reused} the family is already revoked in {@code tx}
     */
    public Outcome use(Tx tx, Presented presented) {
        Optional<RefreshToken> stored = repository.lock(tx, presented.tokenId());
        if (stored.isEmpty() || !Hashes.same(stored.get().secretHash(), Hashes.sha256(presented.secret()))) {
            return new Outcome.Invalid();
        }
        RefreshToken token = stored.get();
        Instant now = clock.instant();
        if (token.revokedAt() != null) {
            return new Outcome.Invalid();
        }
        if (token.usedAt() != null) {
            repository.revokeFamily(tx, token.familyId(), now);
            return new Outcome.Reused();
        }
        if (!now.isBefore(token.expiresAt())) {
            return new Outcome.Invalid();
        }
        repository.markUsed(tx, token.tokenId(), now);
        return new Outcome.Valid(token.userId(), token.familyId());
    }

    /** Revokes the family of {@code presented} (logout); false if the token is not valid. */
    public boolean revoke(Tx tx, Presented presented) {
        Optional<RefreshToken> stored = repository.lock(tx, presented.tokenId());
        if (stored.isEmpty() || !Hashes.same(stored.get().secretHash(), Hashes.sha256(presented.secret()))) {
            return false;
        }
        repository.revokeFamily(tx, stored.get().familyId(), clock.instant());
        return true;
    }

    /** Revokes every refresh token of a user (when the user is removed). */
    public void revokeUser(Tx tx, UUID userId) {
        repository.revokeUser(tx, userId, clock.instant());
    }

    /** A token as presented by a client. */
    public record Presented(UUID tenantId, UUID tokenId, String secret) {

        @Override
        public String toString() {
            return "Presented[tenantId=" + tenantId + ", tokenId=" + tokenId + ", secret=redacted]";
        }
    }

    /** What using a refresh token did. */
    public sealed interface Outcome {

        /** Used: issue the next token of the family for this user. */
        record Valid(UUID userId, UUID familyId) implements Outcome {
        }

        /** Unknown, wrong secret, expired or revoked. */
        record Invalid() implements Outcome {
        }

        /** Already used before: the family is now revoked. */
        record Reused() implements Outcome {
        }
    }
}
