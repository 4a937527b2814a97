package mx.michangarrito.cloud.terminal;

import java.time.Instant;
import java.util.UUID;

/** A paired terminal (its credential only as a digest). */
public record Terminal(UUID tenantId, UUID terminalId, String name, byte[] credentialHash, Instant pairedAt,
                       Instant revokedAt) {
}
