package mx.michangarrito.cloud.account;

import java.util.UUID;

import mx.michangarrito.cloud.auth.Role;

/** A person of a shop as stored. */
public record Member(UUID tenantId, UUID userId, String phone, String name, Role role, MemberStatus status) {
}
