package mx.michangarrito.pos.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mx.michangarrito.pos.store.Counters;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.user.UserException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Unpairing: the owner's PIN, no pending events, the cloud told, then the credential forgotten here. */
class UnpairingTest {

    private static final String CREDENTIAL = "dc1.a.b.secret";

    @TempDir
    Path dir;
    private final MockWebServer server = new MockWebServer();
    private TestTerminal t;
    private Pairing pairing;
    private Unpairing unpairing;
    private UUID owner;
    private final AtomicInteger stops = new AtomicInteger();

    @BeforeEach
    void pairedTerminal() throws IOException {
        server.start();
        t = new TestTerminal(dir);
        pairing = t.services().pairing;
        unpairing = new Unpairing(t.db, pairing, t.users, stops::incrementAndGet, Duration.ofSeconds(5));
        owner = t.users.listActive().stream().filter(u -> u.displayName().equals("Lupita")).findFirst().orElseThrow()
                .id();
        t.services().settings.putAll(Map.of(Pairing.CLOUD_URL, server.url("/").toString(), Pairing.TENANT_ID,
                UUID.randomUUID().toString(), Pairing.TERMINAL_ID, UUID.randomUUID().toString(),
                Pairing.DEVICE_CREDENTIAL, CREDENTIAL));
        t.db.writeVoid(s -> s.createNativeMutationQuery("UPDATE counter SET last_value = 42 WHERE name = :n")
                .setParameter("n", ChangePuller.CURSOR).executeUpdate());
    }

    @AfterEach
    void stop() {
        t.close();
        server.close();
    }

    @Test
    void theCloudIsToldAndTheCredentialIsForgottenHere() throws InterruptedException {
        server.enqueue(new MockResponse.Builder().code(204).build());
        unpairing.unpair(owner, "1111");
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertEquals("DELETE", request.getMethod());
        assertEquals(Unpairing.SELF_PATH, request.getUrl().encodedPath());
        assertEquals("Bearer " + CREDENTIAL, request.getHeaders().get("Authorization"));
        assertTrue(pairing.target().isEmpty());
        assertTrue(t.services().settings.get(Pairing.DEVICE_CREDENTIAL).isEmpty());
        assertTrue(t.services().settings.get(Pairing.TERMINAL_ID).isEmpty());
        assertEquals(server.url("/").toString(), t.services().settings.get(Pairing.CLOUD_URL).orElseThrow(),
                "the address stays for pairing again");
        assertEquals(0L, (long) t.db.read(s -> Counters.current(s, ChangePuller.CURSOR)));
        assertEquals(1, stops.get(), "the background sync stopped before the credential was revoked");
        PairingException again = assertThrows(PairingException.class, () -> unpairing.unpair(owner, "1111"));
        assertEquals(PairingException.Reason.NOT_PAIRED, again.reason());
    }

    @Test
    void pendingEventsRefuseItSayingHowManyAndNothingChanges() {
        new Shop(t).sellSodas(2);
        long pending = unpairing.pendingEvents();
        assertTrue(pending > 2, "sales, stock and cash moves: " + pending);
        PairingException e = assertThrows(PairingException.class, () -> unpairing.unpair(owner, "1111"));
        assertEquals(PairingException.Reason.PENDING, e.reason());
        String text = e.userMessage().format(Locale.forLanguageTag("es-MX"));
        assertTrue(text.startsWith("Hay " + pending + " movimientos de esta caja que todavía no llegan a la nube."),
                text);
        assertTrue(text.contains("Espera"), text);
        assertTrue(pairing.target().isPresent());
        assertEquals(0, server.getRequestCount());
        assertEquals(0, stops.get());
    }

    @Test
    void aWrongOrNonOwnerPinRefusesIt() {
        assertThrows(UserException.class, () -> unpairing.unpair(owner, "9999"));
        assertThrows(UserException.class, () -> unpairing.unpair(t.managerId, TestTerminal.MANAGER_PIN));
        assertTrue(pairing.target().isPresent());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void aCloudThatCannotBeToldKeepsThePairing() {
        server.enqueue(new MockResponse.Builder().code(503).build());
        PairingException e = assertThrows(PairingException.class, () -> unpairing.unpair(owner, "1111"));
        assertEquals(PairingException.Reason.UNREACHABLE, e.reason());
        assertTrue(pairing.target().isPresent());
        assertEquals(42L, (long) t.db.read(s -> Counters.current(s, ChangePuller.CURSOR)));
        // A credential the cloud already revoked (401) is as good as revoked now.
        server.enqueue(new MockResponse.Builder().code(401).body("{\"code\":\"auth.invalid\"}").build());
        unpairing.unpair(owner, "1111");
        assertFalse(pairing.target().isPresent());
    }
}
