package mx.michangarrito.cloud.account;

import java.util.UUID;

/** Response bodies of the account endpoints. */
final class Responses {

    private Responses() {
    }

    record CodeSent(String phone, long expiresIn) {
    }

    record ShopChoice(UUID tenantId, String shopName) {
    }

    record Me(UUID tenantId, String shopName, UUID userId, String name, String phone, String role) {
    }

    record StaffMember(UUID userId, String name, String phone, String role, String status) {

        static StaffMember of(Member m) {
            return new StaffMember(m.userId(), m.name(), m.phone(), m.role().wire(), m.status().wire());
        }
    }
}
