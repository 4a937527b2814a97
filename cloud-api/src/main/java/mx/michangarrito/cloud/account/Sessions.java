package mx.michangarrito.cloud.account;

import java.util.Objects;

import mx.michangarrito.cloud.auth.AccessTokens;
import mx.michangarrito.cloud.auth.Principal;
import mx.michangarrito.cloud.auth.RefreshTokens;
import mx.michangarrito.cloud.db.Tx;

/** Opens a session: an access token plus the first refresh token of a new family. */
public final class Sessions {

    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;

    public Sessions(AccessTokens accessTokens, RefreshTokens refreshTokens) {
        this.accessTokens = Objects.requireNonNull(accessTokens, "accessTokens");
        this.refreshTokens = Objects.requireNonNull(refreshTokens, "refreshTokens");
    }

    public TokenResponse open(Tx tx, Principal.User user) {
        return TokenResponse.of(user, accessTokens.issue(user), refreshTokens.issueNewFamily(tx, user.userId()));
    }

    public TokenResponse next(Tx tx, Principal.User user, java.util.UUID familyId) {
        return TokenResponse.of(user, accessTokens.issue(user), refreshTokens.issue(tx, user.userId(), familyId));
    }
}
