package mx.michangarrito.cloud.auth;

import java.util.UUID;

/** Who is calling: a person of a shop (access token) or a paired terminal (device credential). */
public sealed interface Principal {

    UUID tenantId();

    /** A person logged in by phone. */
    record User(UUID tenantId, UUID userId, Role role) implements Principal {
    }

    /** A terminal paired with a code, acting for its shop. */
    record Device(UUID tenantId, UUID terminalId) implements Principal {
    }
}
