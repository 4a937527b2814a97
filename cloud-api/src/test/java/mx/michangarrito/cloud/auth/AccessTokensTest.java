package mx.michangarrito.cloud.auth;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import mx.michangarrito.cloud.support.MutableClock;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Access tokens: what verifies, and every kind of forgery or expiry that must not. */
class AccessTokensTest {

    private final byte[] key = random();
    private final MutableClock clock = MutableClock.startingNow();
    private final AccessTokens tokens = new AccessTokens(key, clock);
    private final Principal.User owner = new Principal.User(UUID.randomUUID(), UUID.randomUUID(), Role.OWNER);

    @Test
    void aFreshTokenVerifiesToItsUser() {
        assertEquals(owner, tokens.verify(tokens.issue(owner)).orElseThrow());
    }

    @Test
    void aTokenExpiresAfterFifteenMinutes() {
        String token = tokens.issue(owner);
        clock.advance(Duration.ofMinutes(15).minusSeconds(1));
        assertTrue(tokens.verify(token).isPresent());
        clock.advance(Duration.ofSeconds(1));
        assertTrue(tokens.verify(token).isEmpty());
    }

    @Test
    void aChangedPayloadBreaksTheSignature() {
        String[] parts = tokens.issue(owner).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace(owner.tenantId().toString(), UUID.randomUUID().toString());
        String forged = parts[0] + "." + b64(payload) + "." + parts[2];
        assertTrue(tokens.verify(forged).isEmpty());
        String promoted = parts[0] + "." + b64(new String(Base64.getUrlDecoder().decode(tokens.issue(
                new Principal.User(owner.tenantId(), owner.userId(), Role.CASHIER)).split("\\.")[1]),
                StandardCharsets.UTF_8).replace("cashier", "owner")) + "." + parts[2];
        assertTrue(tokens.verify(promoted).isEmpty());
    }

    @Test
    void algNoneIsRefused() {
        String[] parts = tokens.issue(owner).split("\\.");
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
        assertTrue(tokens.verify(none).isEmpty());
        assertTrue(tokens.verify(b64("{\"alg\":\"none\"}") + "." + parts[1] + "." + parts[2]).isEmpty());
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String foreign = new AccessTokens(random(), clock).issue(owner);
        assertTrue(tokens.verify(foreign).isEmpty());
    }

    @Test
    void anotherHmacAlgorithmWithOurKeyIsRefused() throws Exception {
        byte[] longKey = new byte[64];
        System.arraycopy(key, 0, longKey, 0, key.length);
        var otherTokens = new AccessTokens(longKey, clock);
        SignedJWT original = SignedJWT.parse(otherTokens.issue(owner));
        SignedJWT hs512 = new SignedJWT(new JWSHeader(JWSAlgorithm.HS512), original.getJWTClaimsSet());
        hs512.sign(new MACSigner(longKey));
        assertTrue(otherTokens.verify(original.serialize()).isPresent());
        assertTrue(otherTokens.verify(hs512.serialize()).isEmpty());
    }

    @Test
    void aTokenFromAnotherIssuerOrAudienceIsRefused() throws Exception {
        for (JWTClaimsSet claims : new JWTClaimsSet[] {
                claims().issuer("someone-else").build(), claims().audience("other-api").build()}) {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(key));
            assertTrue(tokens.verify(jwt.serialize()).isEmpty(), claims.toString());
        }
        SignedJWT good = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims().build());
        good.sign(new MACSigner(key));
        assertTrue(tokens.verify(good.serialize()).isPresent());
    }

    @Test
    void garbageIsRefused() {
        for (String bad : new String[] {"", "abc", "a.b.c", "eyJhbGciOiJIUzI1NiJ9..", "dc1.x"}) {
            assertTrue(tokens.verify(bad).isEmpty(), bad);
        }
    }

    private JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder().issuer(AccessTokens.ISSUER).audience(AccessTokens.AUDIENCE)
                .subject(owner.userId().toString()).claim("tid", owner.tenantId().toString()).claim("role", "owner")
                .issueTime(java.util.Date.from(clock.instant()))
                .expirationTime(java.util.Date.from(clock.instant().plusSeconds(60)));
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
