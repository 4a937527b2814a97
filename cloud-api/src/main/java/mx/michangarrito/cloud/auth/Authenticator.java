package mx.michangarrito.cloud.auth;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import mx.michangarrito.cloud.http.ApiException;
import mx.michangarrito.cloud.observe.RequestContext;

/**
 * Finds the caller from {@code Authorization: Bearer ...}: a user's access token or a terminal's device
 * credential ({@code dc1.} prefix). No or a bad credential is 401; the wrong kind of caller or a role
 * without the right is 403.
 */
public final class Authenticator {

    private static final String BEARER = "Bearer ";

    private final AccessTokens accessTokens;
    private final DeviceVerifier devices;

    public Authenticator(AccessTokens accessTokens, DeviceVerifier devices) {
        this.accessTokens = Objects.requireNonNull(accessTokens, "accessTokens");
        this.devices = Objects.requireNonNull(devices, "devices");
    }

    /** The calling user, who must have one of {@code allowed} roles (all roles if none given). */
    public Principal.User user(ServerRequest request, Role... allowed) {
        Principal principal = principal(request);
        if (!(principal instanceof Principal.User user)) {
            throw ApiException.forbidden();
        }
        if (allowed.length > 0 && !Set.of(allowed).contains(user.role())) {
            throw ApiException.forbidden();
        }
        return user;
    }

    /** The calling terminal. */
    public Principal.Device device(ServerRequest request) {
        if (!(principal(request) instanceof Principal.Device device)) {
            throw ApiException.forbidden();
        }
        return device;
    }

    private Principal principal(ServerRequest request) {
        String token = request.headers().first(HeaderNames.AUTHORIZATION)
                .filter(h -> h.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(h -> h.substring(BEARER.length()).strip())
                .orElseThrow(() -> ApiException.unauthorized("auth.missing"));
        Optional<? extends Principal> found = token.startsWith("dc1.")
                ? devices.verify(token) : accessTokens.verify(token);
        Principal principal = found.orElseThrow(() -> ApiException.unauthorized("auth.invalid"));
        RequestContext.tenant(principal.tenantId());
        return principal;
    }
}
