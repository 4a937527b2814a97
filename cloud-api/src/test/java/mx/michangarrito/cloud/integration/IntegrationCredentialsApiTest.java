package mx.michangarrito.cloud.integration;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.cloud.support.TestDatabase;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A shop's own integration credentials: stored encrypted, resolved for features, never shown. */
class IntegrationCredentialsApiTest extends ApiTest {

    private static final String SECRET = "sk-proj-Zr4nd0m-S3cr3t";

    @Test
    void everyIntegrationStartsOnThePlatformDefault() {
        Session owner = shops.signUp("Tienda Default");
        var list = api.get("/v1/integrations", owner.accessToken()).expect(200).json();
        assertEquals(3, list.size());
        list.forEach(i -> assertEquals("platform_default", i.get("status").asText()));
        assertTrue(cloud.cloud().integrationCredentials().resolve(owner.tenantId(), IntegrationKind.LLM).isEmpty());
    }

    @Test
    void theOwnerSetsCredentialsThatAreResolvedButNeverShown() throws SQLException {
        Session owner = shops.signUp("Tienda LLM");
        var set = api.put("/v1/integrations/llm", owner.accessToken(),
                Map.of("values", Map.of("apiKey", SECRET, "model", "small"))).expect(200);
        assertEquals("{\"kind\":\"llm\",\"status\":\"configured\"}", set.body());
        var list = api.get("/v1/integrations", owner.accessToken()).expect(200);
        assertTrue(list.body().contains("{\"kind\":\"llm\",\"status\":\"configured\"}"), list.body());
        assertFalse(list.body().contains(SECRET));
        assertEquals(Map.of("apiKey", SECRET, "model", "small"),
                cloud.cloud().integrationCredentials().resolve(owner.tenantId(), IntegrationKind.LLM).orElseThrow());
        byte[] stored = storedCiphertext(owner);
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains(SECRET), "plaintext in the database");
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("apiKey"), "plaintext in the database");
    }

    @Test
    void clearingGoesBackToThePlatformDefault() {
        Session owner = shops.signUp("Tienda Limpia");
        api.put("/v1/integrations/payments", owner.accessToken(), Map.of("values", Map.of("key", "x"))).expect(200);
        assertEquals("platform_default", api.delete("/v1/integrations/payments", owner.accessToken()).expect(200)
                .text("status"));
        assertTrue(cloud.cloud().integrationCredentials().resolve(owner.tenantId(), IntegrationKind.PAYMENTS).isEmpty());
    }

    @Test
    void badInputIsRefusedWithAReason() {
        Session owner = shops.signUp("Tienda Mala");
        api.put("/v1/integrations/fax", owner.accessToken(), Map.of("values", Map.of("k", "v"))).expect(404);
        assertEquals("integration.values", api.put("/v1/integrations/llm", owner.accessToken(),
                Map.of("values", Map.of())).expect(400).text("code"));
        assertEquals("field.required", api.put("/v1/integrations/llm", owner.accessToken(), Map.of()).expect(400)
                .text("code"));
        assertEquals("integration.value", api.put("/v1/integrations/llm", owner.accessToken(),
                Map.of("values", Map.of("k", ""))).expect(400).text("code"));
    }

    private static byte[] storedCiphertext(Session owner) throws SQLException {
        try (Connection c = TestDatabase.get().asAppRole().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
                s.setString(1, owner.tenantId().toString());
                s.execute();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT nonce || ciphertext FROM integration_credentials WHERE kind = 'llm'");
                 ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getBytes(1);
            } finally {
                c.rollback();
            }
        }
    }
}
