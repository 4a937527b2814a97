package mx.michangarrito.pos.user;

import java.util.UUID;

/**
 * A user as lists and the login screen show them (never the PIN hash).
 *
 * @param id          the user's id
 * @param displayName the name shown on the login screen
 * @param role        what the user may do
 * @param active      false once deactivated
 */
public record StaffMember(UUID id, String displayName, Role role, boolean active) {
}
