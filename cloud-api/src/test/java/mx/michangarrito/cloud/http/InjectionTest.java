package mx.michangarrito.cloud.http;

import java.util.Map;

import mx.michangarrito.cloud.integration.IntegrationKind;
import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.cloud.support.TestCloud;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SQL-injection strings in every free-text field are stored and returned as plain text. */
class InjectionTest extends ApiTest {


    @ParameterizedTest
    @ValueSource(strings = {"Robert'); DROP TABLE users;--", "' OR '1'='1", "x'; SELECT set_config('app.tenant_id', '', false);--",
            "\"; DELETE FROM tenants WHERE ''='", "Ñoño $1 \\' %s {0} ${app_role}", "1; UPDATE users SET role='owner'"})
    void injectionStringsAreKeptAsText(String evil) {
        Session owner = shops.signUp(TestCloud.newPhone(), evil, evil);
        var me = api.get("/v1/me", owner.accessToken()).expect(200);
        assertEquals(evil, me.text("shopName"));
        assertEquals(evil, me.text("name"));
        var staff = api.post("/v1/staff", owner.accessToken(), Map.of("phone", TestCloud.newPhone(), "name", evil,
                "role", "cashier")).expect(201);
        assertEquals(evil, staff.text("name"));
        var paired = shops.pairTerminal(owner, evil);
        assertEquals(evil, api.get("/v1/terminals/me", paired.text("deviceCredential")).expect(200).text("name"));
        api.put("/v1/integrations/whatsapp", owner.accessToken(), Map.of("values", Map.of("token", evil))).expect(200);
        assertEquals(Map.of("token", evil), cloud.cloud().integrationCredentials()
                .resolve(owner.tenantId(), IntegrationKind.WHATSAPP).orElseThrow());
        assertEquals(2, api.get("/v1/staff", owner.accessToken()).expect(200).json().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"' OR 1=1 --", "55'; DROP TABLE otp_challenges;--"})
    void injectionStringsInAPhoneAreRefusedAsNotAPhone(String evil) {
        assertEquals("phone.invalid", api.post("/v1/auth/code", null, Map.of("phone", evil)).expect(400).text("code"));
        api.post("/v1/auth/code", null, Map.of("phone", TestCloud.newPhone())).expect(202);
    }
}
