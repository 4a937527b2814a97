package mx.michangarrito.cloud.account;

import java.time.Duration;
import java.util.Map;

import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.cloud.support.TestCloud;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Access tokens end after 15 minutes and refresh tokens after 30 days, on the service's clock. */
class SessionExpiryTest extends ApiTest {

    SessionExpiryTest() {
        super(TestCloud.create(TestCloud.TEST_LIMITS));
    }

    @Test
    void theAccessTokenEndsAfterFifteenMinutesAndARefreshGivesANewOne() {
        Session owner = shops.signUp("Tienda Quince");
        cloud.clock().advance(Duration.ofMinutes(14));
        api.get("/v1/me", owner.accessToken()).expect(200);
        cloud.clock().advance(Duration.ofMinutes(1));
        assertEquals("auth.invalid", api.get("/v1/me", owner.accessToken()).expect(401).text("code"));
        var next = api.post("/v1/auth/refresh", null, Map.of("refreshToken", owner.refreshToken())).expect(200);
        api.get("/v1/me", next.text("accessToken")).expect(200);
    }

    @Test
    void theRefreshTokenEndsAfterThirtyDays() {
        Session owner = shops.signUp("Tienda Treinta");
        Session other = shops.logIn(owner.phone(), null);
        cloud.clock().advance(Duration.ofDays(30).minusMinutes(1));
        api.post("/v1/auth/refresh", null, Map.of("refreshToken", other.refreshToken())).expect(200);
        cloud.clock().advance(Duration.ofMinutes(1));
        api.post("/v1/auth/refresh", null, Map.of("refreshToken", owner.refreshToken())).expect(401);
    }
}
