package mx.michangarrito.cloud.auth;

import java.time.Duration;
import java.util.Map;

import mx.michangarrito.cloud.config.AuthLimits;
import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.cloud.support.TestCloud;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One-time codes: format, expiry on the injected clock, five tries, and the per-phone and per-IP limits. */
class OneTimeCodeTest extends ApiTest {

    OneTimeCodeTest() {
        super(TestCloud.create(new AuthLimits(5, 8, 12, 100, Duration.ofHours(1))));
    }

    @Test
    void aCodeHasSixDigits() {
        String phone = TestCloud.newPhone();
        api.post("/v1/auth/code", null, Map.of("phone", phone)).expect(202);
        assertTrue(cloud.otp().lastCode(phone).matches("\\d{6}"), cloud.otp().lastCode(phone));
        assertEquals("otp.format", api.post("/v1/auth/login", null, Map.of("phone", phone, "code", "12345"))
                .expect(400).text("code"));
    }

    @Test
    void aCodeExpiresAfterFiveMinutes() {
        Session owner = shops.signUp("Tienda Reloj");
        api.post("/v1/auth/code", null, Map.of("phone", owner.phone())).expect(202);
        String code = cloud.otp().lastCode(owner.phone());
        cloud.clock().advance(Duration.ofMinutes(5));
        assertEquals("otp.none", api.post("/v1/auth/login", null, Map.of("phone", owner.phone(), "code", code))
                .expect(401).text("code"));
    }

    @Test
    void aCodeStillWorksJustBeforeFiveMinutes() {
        Session owner = shops.signUp("Tienda Reloj Dos");
        api.post("/v1/auth/code", null, Map.of("phone", owner.phone())).expect(202);
        String code = cloud.otp().lastCode(owner.phone());
        cloud.clock().advance(Duration.ofMinutes(5).minusSeconds(1));
        api.post("/v1/auth/login", null, Map.of("phone", owner.phone(), "code", code)).expect(200);
    }

    @Test
    void bruteForceStopsAfterFiveWrongTriesEvenWithTheRightCode() {
        Session owner = shops.signUp("Tienda Candado");
        api.post("/v1/auth/code", null, Map.of("phone", owner.phone())).expect(202);
        String right = cloud.otp().lastCode(owner.phone());
        String wrong = right.equals("000000") ? "000001" : "000000";
        for (int i = 0; i < OtpService.MAX_ATTEMPTS; i++) {
            assertEquals("otp.wrong", api.post("/v1/auth/login", null, Map.of("phone", owner.phone(), "code", wrong))
                    .expect(401).text("code"));
        }
        var locked = api.post("/v1/auth/login", null, Map.of("phone", owner.phone(), "code", right)).expect(429);
        assertEquals("otp.locked", locked.text("code"));
    }

    @Test
    void aPhoneGetsAtMostFiveCodesPerHour() {
        String phone = TestCloud.newPhone();
        for (int i = 0; i < 5; i++) {
            api.post("/v1/auth/code", null, Map.of("phone", phone)).expect(202);
        }
        assertEquals("rate_limited", api.post("/v1/auth/code", null, Map.of("phone", phone)).expect(429).text("code"));
        assertEquals(5, cloud.otp().sentTo(phone));
        cloud.clock().advance(Duration.ofHours(1));
        api.post("/v1/auth/code", null, Map.of("phone", phone)).expect(202);
    }

    @Test
    void oneAddressGetsALimitedNumberOfCodesAcrossPhones() {
        int sent = 0;
        int refused = 0;
        for (int i = 0; i < 10; i++) {
            int status = api.post("/v1/auth/code", null, Map.of("phone", TestCloud.newPhone())).status();
            if (status == 202) {
                sent++;
            } else if (status == 429) {
                refused++;
            }
        }
        assertEquals(8, sent);
        assertEquals(2, refused);
    }

    @Test
    void oneAddressGetsALimitedNumberOfCodeChecks() {
        String phone = TestCloud.newPhone();
        api.post("/v1/auth/code", null, Map.of("phone", phone)).expect(202);
        int limited = 0;
        for (int i = 0; i < 14; i++) {
            var reply = api.post("/v1/auth/login", null, Map.of("phone", phone, "code", "999999"));
            if (reply.status() == 429 && reply.text("code").equals("rate_limited")) {
                limited++;
            }
        }
        assertEquals(2, limited);
    }

    @Test
    void aNewCodeReplacesTheOldOne() {
        Session owner = shops.signUp("Tienda Nueva");
        api.post("/v1/auth/code", null, Map.of("phone", owner.phone())).expect(202);
        String old = cloud.otp().lastCode(owner.phone());
        api.post("/v1/auth/code", null, Map.of("phone", owner.phone())).expect(202);
        String fresh = cloud.otp().lastCode(owner.phone());
        if (!old.equals(fresh)) {
            api.post("/v1/auth/login", null, Map.of("phone", owner.phone(), "code", old)).expect(401);
        }
        api.post("/v1/auth/login", null, Map.of("phone", owner.phone(), "code", fresh)).expect(200);
    }
}
