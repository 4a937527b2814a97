package mx.michangarrito.cloud.terminal;

import java.time.Duration;
import java.util.Map;

import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.cloud.support.TestCloud;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pairing codes (8 characters, 10 minutes, once) and revocable device credentials. */
class TerminalPairingTest extends ApiTest {

    TerminalPairingTest() {
        super(TestCloud.create(TestCloud.TEST_LIMITS));
    }

    @Test
    void aCodeHasEightUnambiguousCharactersAndTenMinutes() {
        Session owner = shops.signUp("Tienda Par");
        var code = api.post("/v1/terminals/pairing-codes", owner.accessToken(), Map.of()).expect(201);
        assertTrue(code.text("code").matches("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}"), code.text("code"));
        assertEquals(cloud.clock().instant().plus(Duration.ofMinutes(10)).toString(), code.text("expiresAt"));
    }

    @Test
    void aTerminalPairsOnceAndActsForItsShop() {
        Session owner = shops.signUp("Tienda Caja");
        String code = api.post("/v1/terminals/pairing-codes", owner.accessToken(), Map.of()).expect(201).text("code");
        var paired = api.post("/v1/terminals/pair", null, Map.of("code", code.toLowerCase().substring(0, 4) + "-"
                + code.substring(4), "name", "Caja 1")).expect(201);
        assertEquals(owner.tenantId().toString(), paired.text("tenantId"));
        assertTrue(paired.text("deviceCredential").startsWith("dc1." + owner.tenantId() + "."));
        var me = api.get("/v1/terminals/me", paired.text("deviceCredential")).expect(200);
        assertEquals("Caja 1", me.text("name"));
        assertEquals(paired.text("terminalId"), me.text("terminalId"));
        assertEquals("pairing.unknown", api.post("/v1/terminals/pair", null, Map.of("code", code, "name", "Caja 2"))
                .expect(404).text("code"));
    }

    @Test
    void aCodeExpiresAfterTenMinutes() {
        Session owner = shops.signUp("Tienda Tarde");
        String code = api.post("/v1/terminals/pairing-codes", owner.accessToken(), Map.of()).expect(201).text("code");
        cloud.clock().advance(Duration.ofMinutes(10));
        api.post("/v1/terminals/pair", null, Map.of("code", code, "name", "Caja")).expect(404);
    }

    @Test
    void theOwnerRevokesATerminalAndItsCredentialStopsWorking() {
        Session owner = shops.signUp("Tienda Revoca");
        var paired = shops.pairTerminal(owner, "Caja vieja");
        var other = shops.pairTerminal(owner, "Caja nueva");
        api.delete("/v1/terminals/" + paired.text("terminalId"), owner.accessToken()).expect(204);
        assertEquals("auth.invalid", api.get("/v1/terminals/me", paired.text("deviceCredential")).expect(401)
                .text("code"));
        api.get("/v1/terminals/me", other.text("deviceCredential")).expect(200);
        api.delete("/v1/terminals/" + paired.text("terminalId"), owner.accessToken()).expect(404);
        var list = api.get("/v1/terminals", owner.accessToken()).expect(200).json();
        assertEquals(2, list.size());
        assertTrue(list.get(0).get("revoked").asBoolean());
    }

    @Test
    void aTerminalUnpairsItselfAndItsCredentialStopsWorking() {
        Session owner = shops.signUp("Tienda Desvincula");
        var paired = shops.pairTerminal(owner, "Caja que se va");
        var other = shops.pairTerminal(owner, "Caja que se queda");
        String device = paired.text("deviceCredential");
        api.delete("/v1/terminals/me", owner.accessToken()).expect(403);
        api.delete("/v1/terminals/me", null).expect(401);
        api.delete("/v1/terminals/me", device).expect(204);
        assertEquals("auth.invalid", api.get("/v1/terminals/me", device).expect(401).text("code"));
        api.delete("/v1/terminals/me", device).expect(401);
        api.get("/v1/terminals/me", other.text("deviceCredential")).expect(200);
        var list = api.get("/v1/terminals", owner.accessToken()).expect(200).json();
        assertTrue(list.get(0).get("revoked").asBoolean());
        assertEquals(false, list.get(1).get("revoked").asBoolean());
    }

    @Test
    void aWrongSecretOrMalformedCredentialIsRefused() {
        Session owner = shops.signUp("Tienda Falsa");
        String credential = shops.pairTerminal(owner, "Caja").text("deviceCredential");
        api.get("/v1/terminals/me", credential.substring(0, credential.length() - 3) + "xyz").expect(401);
        api.get("/v1/terminals/me", "dc1.nada").expect(401);
        api.get("/v1/terminals/me", "dc1." + owner.tenantId() + ".zzz.secret").expect(401);
    }

    @Test
    void badCodesAreRefusedWithAReason() {
        assertEquals("pairing.format", api.post("/v1/terminals/pair", null, Map.of("code", "ABC", "name", "Caja"))
                .expect(400).text("code"));
        assertEquals("pairing.format", api.post("/v1/terminals/pair", null, Map.of("code", "ABCDEFG0", "name", "Caja"))
                .expect(400).text("code"));
        assertEquals("field.required", api.post("/v1/terminals/pair", null, Map.of("code", "ABCDEFGH"))
                .expect(400).text("code"));
    }
}
