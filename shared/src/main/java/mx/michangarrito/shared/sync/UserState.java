package mx.michangarrito.shared.sync;

import java.util.UUID;

/**
 * A person who works the counter. Terminals check PINs themselves, offline (DESIGN.md: users with role
 * and PIN hash on the terminal), so the PIN travels only as its slow salted hash, never in clear.
 *
 * @param userId      the user's UUIDv7
 * @param displayName the name on the login screen
 * @param role        {@code OWNER}, {@code MANAGER} or {@code CASHIER}
 * @param pinHash     the bcrypt hash of the PIN
 * @param active      false once the user may no longer log in
 */
public record UserState(UUID userId, String displayName, String role, String pinHash, boolean active)
        implements CloudChange {

    /** The kind name. */
    public static final String KIND = "user";

    @Override
    public String entity() {
        return KIND;
    }

    @Override
    public String key() {
        return userId.toString();
    }

    @Override
    public String toString() {
        return "UserState[userId=" + userId + ", displayName=" + displayName + ", role=" + role
                + ", pinHash=***, active=" + active + "]";
    }
}
