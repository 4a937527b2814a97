package mx.michangarrito.pos.user;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A user who proved who they are with their PIN: the person at the counter after a login, or the
 * manager who authorised an override. Services re-check the user's current role and state in the
 * database before acting for them, so a stale value grants nothing.
 *
 * @param userId          the user's id (what the audit log records)
 * @param displayName     the name the screen shows
 * @param role            the role at the time of the PIN check
 * @param authenticatedAt when the PIN was checked
 */
public record Operator(UUID userId, String displayName, Role role, Instant authenticatedAt) {

    public Operator {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(authenticatedAt, "authenticatedAt");
    }

    /** Whether this operator's role may do what {@code required} may. */
    public boolean can(Role required) {
        return role.atLeast(required);
    }
}
