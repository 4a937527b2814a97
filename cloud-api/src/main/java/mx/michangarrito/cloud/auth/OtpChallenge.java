package mx.michangarrito.cloud.auth;

import java.time.Instant;
import java.util.UUID;

/** One code sent to a phone (only its keyed digest is kept). */
public record OtpChallenge(UUID id, String phone, byte[] codeHash, Instant createdAt, Instant expiresAt,
                           int attempts) {
}
