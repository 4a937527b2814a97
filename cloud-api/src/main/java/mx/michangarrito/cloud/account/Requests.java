package mx.michangarrito.cloud.account;

import java.util.UUID;

/** Request bodies of the account endpoints. */
final class Requests {

    private Requests() {
    }

    record CodeRequest(String phone) {
    }

    record LoginRequest(String phone, String code, UUID tenantId) {
    }

    record SignupRequest(String phone, String code, String shopName, String ownerName) {
    }

    record RefreshRequest(String refreshToken) {
    }

    record InviteRequest(String phone, String name, String role) {
    }
}
