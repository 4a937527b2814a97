package mx.michangarrito.cloud.owner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import at.favre.lib.crypto.bcrypt.BCrypt;
import com.fasterxml.jackson.databind.JsonNode;
import mx.michangarrito.cloud.support.ApiTest;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.shared.sync.CloudChange;
import mx.michangarrito.shared.sync.CustomerState;
import mx.michangarrito.shared.sync.PulledChange;
import mx.michangarrito.shared.sync.SettingState;
import mx.michangarrito.shared.sync.Tombstone;
import mx.michangarrito.shared.sync.UserState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static mx.michangarrito.cloud.support.SyncPulls.pull;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The owner's counter users, fiado customers and shop settings on the real PostgreSQL: each write
 * reaches the pull in order, PINs travel only as bcrypt hashes and never come back from the API or go to
 * the log, the zone set here is the reports' zone, cashiers and managers are refused where they must be,
 * and another shop sees nothing.
 */
class OwnerShopApiTest extends ApiTest {

    private Session owner;
    private String device;

    @BeforeEach
    void shopWithATerminal() {
        owner = shops.signUp("Tienda Ajustes");
        device = shops.pairTerminal(owner, "Caja 1").text("deviceCredential");
    }

    private List<CloudChange> changesAfter(long cursor) {
        return pull(api, device, cursor, 1_000).changes().stream().map(PulledChange::change).toList();
    }

    private long cursor() {
        return pull(api, device, 0, 1_000).nextCursor();
    }

    @Test
    void counterUsersTravelWithAHashOfTheirPinThatNoApiAnswerOrLogLineCarries() {
        List<String> logged = new ArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord r) {
                logged.add(String.valueOf(r.getMessage()) + " " + java.util.Arrays.toString(r.getParameters()));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(capture);
        try {
            var created = api.post("/v1/terminal-users", owner.accessToken(),
                    Map.of("displayName", "Caro", "role", "cashier", "pin", "482915")).expect(201);
            assertFalse(created.body().contains("482915") || created.body().contains("$2"), created.body());
            UUID id = UUID.fromString(created.text("userId"));
            assertEquals("CASHIER", created.text("role"));

            UserState pulled = (UserState) changesAfter(0).getLast();
            assertEquals(id, pulled.userId());
            assertTrue(BCrypt.verifyer().verify("482915".toCharArray(), pulled.pinHash()).verified);

            long before = cursor();
            var promoted = api.put("/v1/terminal-users/" + id, owner.accessToken(), Map.of("role", "MANAGER"))
                    .expect(200).json();
            assertEquals("MANAGER", promoted.get("role").asText());
            api.put("/v1/terminal-users/" + id, owner.accessToken(), Map.of("active", false, "pin", "1234"))
                    .expect(200);
            UserState after = (UserState) changesAfter(before).getLast();
            assertEquals(List.of("MANAGER", false), List.of(after.role(), after.active()));
            assertTrue(BCrypt.verifyer().verify("1234".toCharArray(), after.pinHash()).verified);

            String list = api.get("/v1/terminal-users", owner.accessToken()).expect(200).body();
            assertFalse(list.contains("$2") || list.contains("pin"), list);
            assertEquals("owner.user_name_taken", api.post("/v1/terminal-users", owner.accessToken(),
                    Map.of("displayName", "caro", "role", "CASHIER", "pin", "5555")).expect(409).text("code"));
            for (String pin : List.of("12", "1234567", "12a4", "")) {
                assertEquals("owner.pin", api.post("/v1/terminal-users", owner.accessToken(),
                        Map.of("displayName", "Nuevo", "role", "CASHIER", "pin", pin)).expect(400).text("code"));
            }
            assertEquals("owner.role", api.post("/v1/terminal-users", owner.accessToken(),
                    Map.of("displayName", "Nuevo", "role", "JEFE", "pin", "1234")).expect(400).text("code"));
        } finally {
            Logger.getLogger("").removeHandler(capture);
        }
        assertTrue(logged.stream().noneMatch(l -> l.contains("482915") || l.contains("$2a$") || l.contains("$2b$")),
                logged.toString());
    }

    @Test
    void customersAreCreatedAndEditedWithCheckedFields() {
        var created = api.post("/v1/customers", owner.accessToken(), Map.of("name", "Doña Mary",
                "phone", "5512345678", "creditLimitCentavos", 150_000)).expect(201).json();
        UUID id = UUID.fromString(created.get("customerId").asText());
        assertEquals(new CustomerState(id, "Doña Mary", "5512345678", 150_000, null, true), changesAfter(0).getLast());

        Map<String, Object> edit = new HashMap<>(Map.of("name", "Doña Mary", "creditLimitCentavos", 200_000,
                "note", "Paga los viernes"));
        api.put("/v1/customers/" + id, owner.accessToken(), edit).expect(200);
        CustomerState pulled = (CustomerState) changesAfter(0).getLast();
        assertEquals(200_000, pulled.creditLimitCentavos());
        assertNull(pulled.phone(), "a customer without a phone now");
        assertEquals("Paga los viernes", pulled.note());
        assertEquals(1, api.get("/v1/customers", owner.accessToken()).expect(200).json().size());

        assertEquals("owner.phone", api.post("/v1/customers", owner.accessToken(), Map.of("name", "X",
                "phone", "55 1234", "creditLimitCentavos", 0)).expect(400).text("code"));
        assertEquals("owner.centavos", api.post("/v1/customers", owner.accessToken(), Map.of("name", "X",
                "creditLimitCentavos", -100)).expect(400).text("code"));
        assertEquals("field.required", api.post("/v1/customers", owner.accessToken(), Map.of("name", "X"))
                .expect(400).text("code"));
        api.put("/v1/customers/" + UUID.randomUUID(), owner.accessToken(), edit).expect(404);

        Session cashier = shops.invite(owner, "cashier");
        api.post("/v1/customers", cashier.accessToken(), Map.of("name", "X", "creditLimitCentavos", 0)).expect(403);
        Session other = shops.signUp("Otra Tienda Ajustes");
        api.put("/v1/customers/" + id, other.accessToken(), edit).expect(404);
        assertEquals(0, api.get("/v1/customers", other.accessToken()).expect(200).json().size());
    }

    @Test
    void theShopZoneAndBusinessDataAreSetForTheReportsAndTheTerminals() {
        JsonNode initial = api.get("/v1/shop/settings", owner.accessToken()).expect(200).json();
        assertEquals("America/Mexico_City", initial.get("timeZone").asText());

        JsonNode set = api.put("/v1/shop/settings", owner.accessToken(), Map.of("timeZone", "America/Tijuana",
                "shopName", "Abarrotes La Esquina", "address", "Calle 5 #12\nCentro", "rfc", "xaxx010101000",
                "taxZone", "border")).expect(200).json();
        assertEquals("America/Tijuana", set.get("timeZone").asText());
        assertEquals("XAXX010101000", set.get("rfc").asText());
        assertEquals("BORDER", set.get("taxZone").asText());
        assertEquals(List.of(new SettingState("shop.zone", "America/Tijuana"),
                new SettingState("shop.name", "Abarrotes La Esquina"),
                new SettingState("shop.address", "Calle 5 #12\nCentro"), new SettingState("shop.rfc", "XAXX010101000"),
                new SettingState("shop.tax-zone", "BORDER")), changesAfter(0));
        assertEquals("America/Tijuana", api.get("/v1/reports/stock", owner.accessToken()).expect(200)
                .text("timeZone"), "the reports follow the zone");
        assertEquals("Abarrotes La Esquina", api.get("/v1/me", owner.accessToken()).expect(200).text("shopName"));

        long before = cursor();
        api.put("/v1/shop/settings", owner.accessToken(), Map.of("rfc", "")).expect(200);
        assertEquals(List.of(new Tombstone("setting", "shop.rfc")), changesAfter(before));

        for (var bad : List.of(Map.of("timeZone", "Mars/Olympus"), Map.of("timeZone", "+05:00"),
                Map.of("timeZone", "EST"))) {
            assertEquals("owner.zone", api.put("/v1/shop/settings", owner.accessToken(), bad).expect(400).text("code"));
        }
        assertEquals("owner.rfc", api.put("/v1/shop/settings", owner.accessToken(), Map.of("rfc", "ABC"))
                .expect(400).text("code"));
        assertEquals("owner.settings_empty", api.put("/v1/shop/settings", owner.accessToken(), Map.of())
                .expect(400).text("code"));
        assertEquals("request.unknown_field", api.put("/v1/shop/settings", owner.accessToken(),
                Map.of("ticket.header", "Hola")).expect(400).text("code"));

        Session manager = shops.invite(owner, "manager");
        api.get("/v1/shop/settings", manager.accessToken()).expect(200);
        api.put("/v1/shop/settings", manager.accessToken(), Map.of("timeZone", "America/Cancun")).expect(403);
        api.post("/v1/terminal-users", manager.accessToken(), Map.of("displayName", "X", "role", "CASHIER",
                "pin", "1234")).expect(403);
        Session other = shops.signUp("Otra Tienda Zona");
        assertEquals("America/Mexico_City", api.get("/v1/shop/settings", other.accessToken()).expect(200)
                .text("timeZone"));
        assertEquals(0, api.get("/v1/terminal-users", other.accessToken()).expect(200).json().size());
    }
    @Test
    void theTicketHeaderAndFooterTravelAsShopSettingsTheTerminalsPrint() {
        JsonNode set = api.put("/v1/shop/settings", owner.accessToken(), Map.of(
                "ticketHeader", "  ¡Bienvenidos!\r\nAbierto 7 a 22 ", "ticketFooter", "Gracias por su compra"))
                .expect(200).json();
        assertEquals("¡Bienvenidos!\nAbierto 7 a 22", set.get("ticketHeader").asText());
        assertEquals("Gracias por su compra", api.get("/v1/shop/settings", owner.accessToken()).expect(200).json()
                .get("ticketFooter").asText());
        assertEquals(List.of(new SettingState("shop.ticket-header", "¡Bienvenidos!\nAbierto 7 a 22"),
                new SettingState("shop.ticket-footer", "Gracias por su compra")), changesAfter(0));

        long before = cursor();
        api.put("/v1/shop/settings", owner.accessToken(), Map.of("ticketFooter", "")).expect(200);
        assertEquals(List.of(new Tombstone("setting", "shop.ticket-footer")), changesAfter(before));
        assertTrue(api.get("/v1/shop/settings", owner.accessToken()).expect(200).json().get("ticketFooter").isNull());

        before = cursor();
        assertEquals("field.too_long", api.put("/v1/shop/settings", owner.accessToken(),
                Map.of("ticketHeader", "x".repeat(501))).expect(400).text("code"));
        assertEquals("field.control_characters", api.put("/v1/shop/settings", owner.accessToken(),
                Map.of("ticketFooter", "Gracias\u001b@")).expect(400).text("code"));
        api.put("/v1/shop/settings", owner.accessToken(), Map.of("ticketHeader", "x".repeat(500))).expect(200);
        assertEquals(List.of(new SettingState("shop.ticket-header", "x".repeat(500))), changesAfter(before),
                "the refused writes left nothing in the feed");
    }
}
