package mx.michangarrito.cloud;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import mx.michangarrito.cloud.integration.IntegrationKind;
import mx.michangarrito.cloud.support.Api;
import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.cloud.support.SyncPushes;
import mx.michangarrito.cloud.support.TestCloud;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two shops, A and B. Every endpoint is called by A's people and terminal with B's ids, and with B's
 * credentials bent towards A: each answer is 401/403/404 or shows A's data only, never a trace of B, and
 * B's data is unchanged afterwards.
 */
class TenantIsolationApiTest extends ApiTest {

    /** Endpoints anyone may call and that carry no tenant data. */
    private static final Set<String> PUBLIC = Set.of("GET /openapi", "GET /observe/metrics");

    private final Set<String> tried = new TreeSet<>();
    private Session ownerA;
    private Session ownerB;
    private Session cashierB;
    private String terminalB;
    private String deviceA;
    private String deviceB;
    private List<String> secretsOfB;

    @BeforeEach
    void twoShops() {
        ownerA = shops.signUp("Tienda A");
        ownerB = shops.signUp(TestCloud.newPhone(), "Tienda Bravo " + UUID.randomUUID(), "Bruno Bravo");
        cashierB = shops.invite(ownerB, "cashier");
        deviceA = shops.pairTerminal(ownerA, "Caja A").text("deviceCredential");
        var pairedB = shops.pairTerminal(ownerB, "Caja Bravo");
        terminalB = pairedB.text("terminalId");
        deviceB = pairedB.text("deviceCredential");
        api.put("/v1/integrations/whatsapp", ownerB.accessToken(), Map.of("values", Map.of("token", "EAAB-secret-of-B")))
                .expect(200);
        // B's terminal has sold and moved stock: A's reports must show none of it.
        UUID productB = UUID.randomUUID();
        SyncPushes.response(api.post("/v1/sync/push", deviceB, SyncPushes.json(SyncPushes.request(UUID.fromString(terminalB),
                1, SyncPushes.sale(productB, 424_242), SyncPushes.stockMove(productB, "-1.000")))));
        secretsOfB = List.of(ownerB.tenantId().toString(), ownerB.userId().toString(), ownerB.phone(),
                cashierB.userId().toString(), cashierB.phone(), "Bravo", terminalB, "EAAB-secret-of-B",
                productB.toString(), "424242");
    }

    @Test
    void everyEndpointRefusesOrHidesTheOtherTenant() {
        String a = ownerA.accessToken();
        // Reads by A show A only.
        assertClean(call("GET", "/v1/me", a, null), 200);
        assertClean(call("GET", "/v1/staff", a, null), 200);
        assertClean(call("GET", "/v1/terminals", a, null), 200);
        var statuses = call("GET", "/v1/integrations", a, null);
        assertClean(statuses, 200);
        assertTrue(statuses.body().contains("{\"kind\":\"whatsapp\",\"status\":\"platform_default\"}"), statuses.body());
        assertClean(call("GET", "/v1/terminals/me", deviceA, null), 200);

        // B's ids in A's requests: not found.
        assertClean(call("DELETE", "/v1/staff/" + cashierB.userId(), a, null), 404);
        assertClean(call("DELETE", "/v1/staff/" + ownerB.userId(), a, null), 404);
        assertClean(call("DELETE", "/v1/terminals/" + terminalB, a, null), 404);

        // A's writes land in A only.
        assertClean(call("PUT", "/v1/integrations/whatsapp", a, Map.of("values", Map.of("token", "A-token"))), 200);
        assertClean(call("DELETE", "/v1/integrations/whatsapp", a, null), 200);
        assertClean(call("POST", "/v1/staff", a, Map.of("phone", TestCloud.newPhone(), "name", "Otra", "role", "cashier")),
                201);
        var code = call("POST", "/v1/terminals/pairing-codes", a, Map.of());
        assertClean(code, 201);
        var paired = call("POST", "/v1/terminals/pair", null, Map.of("code", code.text("code"), "name", "Caja A2"));
        assertClean(paired, 201);
        assertEquals(ownerA.tenantId().toString(), paired.text("tenantId"));

        // B's credentials bent towards A: refused, and B's own credentials keep working.
        String bentDevice = deviceB.replace(ownerB.tenantId().toString(), ownerA.tenantId().toString());
        assertClean(call("GET", "/v1/terminals/me", bentDevice, null), 401);
        assertClean(call("DELETE", "/v1/terminals/me", bentDevice, null), 401);
        assertClean(call("DELETE", "/v1/terminals/me", a, null), 403);
        String bentRefresh = cashierB.refreshToken().replace(ownerB.tenantId().toString(), ownerA.tenantId().toString());
        assertClean(call("POST", "/v1/auth/refresh", null, Map.of("refreshToken", bentRefresh)), 401);
        assertClean(call("POST", "/v1/auth/logout", null, Map.of("refreshToken", bentRefresh)), 401);

        // A's phone asking to enter B: no such membership.
        assertClean(call("POST", "/v1/auth/code", null, Map.of("phone", ownerA.phone())), 202);
        assertClean(call("POST", "/v1/auth/login", null, Map.of("phone", ownerA.phone(),
                "code", cloud.otp().lastCode(ownerA.phone()), "tenantId", ownerB.tenantId().toString())), 404);
        String phoneC = TestCloud.newPhone();
        assertClean(call("POST", "/v1/auth/code", null, Map.of("phone", phoneC)), 202);
        assertClean(call("POST", "/v1/signup", null, Map.of("phone", phoneC, "code", cloud.otp().lastCode(phoneC),
                "shopName", "Tienda C", "ownerName", "C")), 201);

        // A's terminal pushing into B's terminal: refused before anything is stored.
        String push = SyncPushes.json(SyncPushes.request(UUID.fromString(terminalB), 1,
                SyncPushes.stockMove(UUID.randomUUID(), "1.000")));
        assertClean(call("POST", "/v1/sync/push", deviceA, push), 403);
        assertEquals("sync.terminal_mismatch", api.post("/v1/sync/push", deviceA, push).text("code"));
        assertClean(call("POST", "/v1/sync/push", bentDevice, push), 401);

        // A's reports: none of B's sales, stock or fiados.
        String since = "?from=2026-11-01&to=2026-11-30";
        for (String report : List.of("/v1/reports/sales/daily", "/v1/reports/sales/hourly", "/v1/reports/sales/terminals",
                "/v1/reports/sales/cashiers", "/v1/reports/products/top", "/v1/reports/cortes")) {
            assertClean(call("GET", report + since, a, null), 200);
        }
        assertClean(call("GET", "/v1/reports/stock", a, null), 200);
        assertClean(call("GET", "/v1/reports/fiados", a, null), 200);
        assertTrue(api.get("/v1/reports/sales/daily" + since, ownerB.accessToken()).expect(200).body().contains("424242"),
                "B's own report shows B's sale");
        // A's terminal pulls A's changes only; B's credential bent towards A is refused.
        String pull = "/v1/sync/pull?schemaVersion=" + mx.michangarrito.shared.sync.SyncSchema.CURRENT + "&after=0";
        assertClean(call("GET", pull, deviceA, null), 200);
        assertClean(call("GET", "/v1/sync/snapshot?schemaVersion=" + mx.michangarrito.shared.sync.SyncSchema.CURRENT,
                deviceA, null), 200);
        assertClean(call("GET", pull, bentDevice, null), 401);

        // Wrong kind of credential: a terminal is not a person, a person is not a terminal.
        assertClean(call("GET", "/v1/staff", deviceA, null), 403);
        assertClean(call("GET", "/v1/terminals/me", a, null), 403);

        ownerApiOfAMissesB(a);

        assertEquals(registeredTenantEndpoints(), tried, "endpoints not tried with the other tenant's ids");
        assertBUnchanged();
    }

    @Test
    void aTokenOfAUserOfBWithTenantAIsNotAcceptedAnywhere() {
        // A header and payload of B's valid token with the tenant claim changed to A: signature no longer matches.
        String[] parts = cashierB.accessToken().split("\\.");
        String payload = new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace(ownerB.tenantId().toString(), ownerA.tenantId().toString());
        String bent = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
        for (String path : List.of("/v1/me", "/v1/staff", "/v1/terminals", "/v1/integrations")) {
            assertEquals(401, api.get(path, bent).status(), path);
        }
    }

    /** The owner API: A's reads show A only, B's records are not found, A's writes land in A. */
    private void ownerApiOfAMissesB(String a) {
        String b = ownerB.accessToken();
        String categoryB = api.post("/v1/catalog/categories", b, Map.of("name", "Bebidas Bravo")).expect(201)
                .text("categoryId");
        String productB = api.post("/v1/catalog/products", b, Map.of("name", "Refresco Bravo", "unit", "PIEZA",
                "iva", "IVA_16", "costCentavos", 1, "priceCentavos", 424_243, "categoryId", categoryB,
                "barcodes", List.of("7501055300075"))).expect(201).text("productId");
        String customerB = api.post("/v1/customers", b, Map.of("name", "Cliente Bravo", "creditLimitCentavos", 5))
                .expect(201).text("customerId");
        String userB = api.post("/v1/terminal-users", b, Map.of("displayName", "Cajero Bravo", "role", "CASHIER",
                "pin", "9876")).expect(201).text("userId");
        Map<String, Object> product = Map.of("name", "Refresco", "unit", "PIEZA", "iva", "IVA_16", "costCentavos", 1,
                "priceCentavos", 2, "version", 1, "barcodes", List.of("7501055300075"));
        assertClean(call("GET", "/v1/catalog/products", a, null), 200);
        assertClean(call("POST", "/v1/catalog/products", a, product), 201);
        assertClean(call("GET", "/v1/catalog/products/" + productB, a, null), 404);
        assertClean(call("PUT", "/v1/catalog/products/" + productB, a, product), 404);
        assertClean(call("PUT", "/v1/catalog/products/" + productB + "/price", a,
                Map.of("priceCentavos", 1, "version", 1)), 404);
        assertClean(call("POST", "/v1/catalog/products/" + productB + "/barcodes", a, Map.of("code", "A1")), 404);
        assertClean(call("DELETE", "/v1/catalog/products/" + productB + "/barcodes/7501055300075", a, null), 404);
        assertClean(call("GET", "/v1/catalog/categories", a, null), 200);
        assertClean(call("POST", "/v1/catalog/categories", a, Map.of("name", "Bebidas")), 201);
        assertClean(call("PUT", "/v1/catalog/categories/" + categoryB, a, Map.of("name", "Mías")), 404);
        assertClean(call("GET", "/v1/customers", a, null), 200);
        assertClean(call("POST", "/v1/customers", a, Map.of("name", "Cliente", "creditLimitCentavos", 0)), 201);
        assertClean(call("PUT", "/v1/customers/" + customerB, a, Map.of("name", "Mío", "creditLimitCentavos", 0)), 404);
        assertClean(call("GET", "/v1/terminal-users", a, null), 200);
        assertClean(call("POST", "/v1/terminal-users", a, Map.of("displayName", "Caro", "role", "CASHIER",
                "pin", "1234")), 201);
        assertClean(call("PUT", "/v1/terminal-users/" + userB, a, Map.of("active", false)), 404);
        assertClean(call("GET", "/v1/shop/settings", a, null), 200);
        assertClean(call("PUT", "/v1/shop/settings", a, Map.of("timeZone", "America/Cancun")), 200);
        // B's records are as B left them.
        assertEquals(424_243, api.get("/v1/catalog/products/" + productB, b).expect(200).json()
                .get("priceCentavos").asLong());
        assertEquals("America/Mexico_City", api.get("/v1/shop/settings", b).expect(200).text("timeZone"));
        assertEquals(true, api.get("/v1/terminal-users", b).expect(200).json().get(0).get("active").asBoolean());
        assertEquals("Bebidas Bravo", api.get("/v1/catalog/categories", b).expect(200).json().get(0).get("name").asText());
        assertEquals("Cliente Bravo", api.get("/v1/customers", b).expect(200).json().get(0).get("name").asText());
    }

    private Api.Reply call(String method, String path, String token, Object body) {
        String template = path.replaceAll("\\?.*$", "")
                .replaceAll("/barcodes/[^/]+$", "/barcodes/{code}")
                .replaceAll("^/v1/catalog/products/[0-9a-f-]{36}", "/v1/catalog/products/{productId}")
                .replaceAll("^/v1/catalog/categories/[0-9a-f-]{36}", "/v1/catalog/categories/{categoryId}")
                .replaceAll("^/v1/customers/[0-9a-f-]{36}", "/v1/customers/{customerId}")
                .replaceAll("^/v1/terminal-users/[0-9a-f-]{36}", "/v1/terminal-users/{userId}").replaceAll("/[0-9a-f]{8}-[0-9a-f-]{27}$", "/{id}")
                .replace("/v1/staff/{id}", "/v1/staff/{userId}")
                .replace("/v1/terminals/{id}", "/v1/terminals/{terminalId}")
                .replaceAll("/v1/integrations/[a-z]+$", "/v1/integrations/{kind}");
        tried.add(method + " " + template);
        return switch (method) {
            case "GET" -> api.get(path, token);
            case "DELETE" -> api.delete(path, token);
            case "PUT" -> api.put(path, token, body);
            default -> api.post(path, token, body);
        };
    }

    private void assertClean(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), reply.body());
        for (String secret : secretsOfB) {
            assertFalse(reply.body().contains(secret), "leaked " + secret + " in " + reply.body());
        }
    }

    private Set<String> registeredTenantEndpoints() {
        Set<String> all = new TreeSet<>(cloud.cloud().endpoints().registered());
        all.removeAll(PUBLIC);
        return all;
    }

    private void assertBUnchanged() {
        var staff = api.get("/v1/staff", ownerB.accessToken()).expect(200).json();
        assertEquals(2, staff.size());
        staff.forEach(m -> assertEquals("active", m.get("status").asText()));
        var terminals = api.get("/v1/terminals", ownerB.accessToken()).expect(200).json();
        assertEquals(1, terminals.size());
        assertFalse(terminals.get(0).get("revoked").asBoolean());
        api.get("/v1/terminals/me", deviceB).expect(200);
        assertEquals(Map.of("token", "EAAB-secret-of-B"),
                cloud.cloud().integrationCredentials().resolve(ownerB.tenantId(), IntegrationKind.WHATSAPP).orElseThrow());
        api.post("/v1/auth/refresh", null, Map.of("refreshToken", cashierB.refreshToken())).expect(200);
        assertEquals("2", SyncPushes.query(ownerB.tenantId(), "SELECT count(*) FROM sync_events"),
                "B's event log was written by A's terminal");
    }
}
