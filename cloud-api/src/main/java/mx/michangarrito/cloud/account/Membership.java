package mx.michangarrito.cloud.account;

import java.util.UUID;

import mx.michangarrito.cloud.auth.Role;

/** A shop a phone may log in to. */
public record Membership(UUID tenantId, UUID userId, Role role, String shopName) {
}
