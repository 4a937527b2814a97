package mx.michangarrito.cloud.account;

import java.util.UUID;

import mx.michangarrito.cloud.auth.AccessTokens;
import mx.michangarrito.cloud.auth.Principal;

/** Tokens of a session (login, sign-up, refresh). */
public record TokenResponse(String accessToken, String refreshToken, String tokenType, long expiresIn,
                            UUID tenantId, UUID userId, String role) {

    static TokenResponse of(Principal.User user, String access, String refresh) {
        return new TokenResponse(access, refresh, "Bearer", AccessTokens.LIFETIME.toSeconds(), user.tenantId(),
                user.userId(), user.role().wire());
    }
}
