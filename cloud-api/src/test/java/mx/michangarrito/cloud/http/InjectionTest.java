package mx.michangarrito.cloud.http;

import java.net.URI;
import java.util.Map;

import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import mx.michangarrito.cloud.integration.IntegrationKind;
import mx.michangarrito.cloud.support.Api;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.cloud.support.Shops;
import mx.michangarrito.cloud.support.TestCloud;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** SQL-injection strings in every free-text field are stored and returned as plain text. */
@ServerTest
class InjectionTest {

    private static final TestCloud CLOUD = TestCloud.shared();

    private final Api api;
    private final Shops shops;

    InjectionTest(URI uri) {
        this.api = new Api(uri);
        this.shops = new Shops(api, CLOUD.otp());
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        CLOUD.cloud().features(server);
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        CLOUD.cloud().routing(routing);
    }

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
        assertEquals(Map.of("token", evil), CLOUD.cloud().integrationCredentials()
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
