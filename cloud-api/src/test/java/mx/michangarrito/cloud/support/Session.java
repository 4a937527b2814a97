package mx.michangarrito.cloud.support;

import java.util.UUID;

/** A logged-in person as the tests hold it. */
public record Session(UUID tenantId, UUID userId, String phone, String accessToken, String refreshToken) {

    static Session of(Api.Reply tokens, String phone) {
        return new Session(UUID.fromString(tokens.text("tenantId")), UUID.fromString(tokens.text("userId")), phone,
                tokens.text("accessToken"), tokens.text("refreshToken"));
    }
}
