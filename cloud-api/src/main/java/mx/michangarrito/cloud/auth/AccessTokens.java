package mx.michangarrito.cloud.auth;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Access tokens: HS256 JWTs valid 15 minutes carrying the user, tenant and role. Verification accepts
 * only HS256 with our key, our issuer and audience, and an unexpired token by the injected clock; any
 * other token (alg=none, another algorithm, a changed claim, a foreign signature) is simply invalid.
 */
public final class AccessTokens {

    public static final Duration LIFETIME = Duration.ofMinutes(15);
    static final String ISSUER = "michangarrito-cloud";
    static final String AUDIENCE = "michangarrito-api";

    private final MACSigner signer;
    private final MACVerifier verifier;
    private final Clock clock;

    public AccessTokens(byte[] key, Clock clock) {
        try {
            this.signer = new MACSigner(key);
            this.verifier = new MACVerifier(key);
        } catch (JOSEException e) {
            throw new IllegalArgumentException("JWT key unusable: " + e.getMessage(), e);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A signed token for {@code user}, expiring {@link #LIFETIME} from now. */
    public String issue(Principal.User user) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(user.userId().toString())
                .claim("tid", user.tenantId().toString())
                .claim("role", user.role().wire())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign an access token", e);
        }
        return jwt.serialize();
    }

    /** The user of a valid token; empty for anything else. */
    public Optional<Principal.User> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Instant now = clock.instant();
            Date expires = claims.getExpirationTime();
            Date issued = claims.getIssueTime();
            if (expires == null || !now.isBefore(expires.toInstant()) || issued == null
                    || issued.toInstant().isAfter(now.plusSeconds(60))
                    || !ISSUER.equals(claims.getIssuer()) || !List.of(AUDIENCE).equals(claims.getAudience())) {
                return Optional.empty();
            }
            Optional<Role> role = Role.fromWire(claims.getStringClaim("role"));
            if (role.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Principal.User(UUID.fromString(claims.getStringClaim("tid")),
                    UUID.fromString(claims.getSubject()), role.get()));
        } catch (ParseException | JOSEException | IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
