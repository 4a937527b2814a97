package mx.michangarrito.cloud.auth;

import java.time.Instant;
import java.util.UUID;

/** A stored refresh token (its secret only as a digest). */
public record RefreshToken(UUID tenantId, UUID tokenId, UUID familyId, UUID userId, byte[] secretHash,
                           Instant expiresAt, Instant usedAt, Instant revokedAt) {
}
