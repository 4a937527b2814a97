package mx.michangarrito.pos.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mx.michangarrito.pos.settings.Settings;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.shared.text.UserMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Pairing with the owner's code against a local server answering as the cloud does. */
class PairingTest {

    @TempDir
    Path dir;
    private final MockWebServer server = new MockWebServer();
    private TestTerminal t;
    private Pairing pairing;
    private URI url;

    @BeforeEach
    void start() throws IOException {
        server.start();
        url = URI.create(server.url("/").toString());
        t = new TestTerminal(dir);
        pairing = new Pairing(new Settings(t.db, t.clock), new CredentialVault(t.db, t.clock), Duration.ofSeconds(10));
    }

    @AfterEach
    void stop() {
        t.close();
        server.close();
    }

    @Test
    void aGoodCodeStoresTheCredentialForThePusher() throws Exception {
        UUID terminal = UUID.randomUUID();
        server.enqueue(new MockResponse.Builder().code(201).body("{\"tenantId\":\"" + UUID.randomUUID()
                + "\",\"terminalId\":\"" + terminal + "\",\"deviceCredential\":\"dc1.a.b.secret\"}").build());
        assertEquals(Optional.empty(), pairing.target());
        SyncTarget target = pairing.pair(url, "abcd-efgh", "Caja 1");
        RecordedRequest request = server.takeRequest();
        assertEquals("/v1/terminals/pair", request.getUrl().encodedPath());
        var sent = SyncJson.ANSWERS.readTree(request.getBody().utf8());
        assertEquals("ABCDEFGH", sent.get("code").asText());
        assertEquals("Caja 1", sent.get("name").asText());
        assertEquals(1, sent.get("firstSeq").asLong(), "a till that never pushed starts at 1");
        assertEquals(3, sent.size());
        assertEquals(terminal, target.terminalId());
        assertEquals(Optional.of(target), pairing.target());
        assertTrue(!target.toString().contains("secret"), target.toString());
    }

    @Test
    void aCodeThatCannotBeOneIsRefusedWithoutAsking() {
        var e = assertThrows(PairingException.class, () -> pairing.pair(url, "ABCD1EFG", "Caja"));
        assertEquals(PairingException.Reason.CODE_FORMAT, e.reason());
        assertEquals(0, server.getRequestCount());
    }

    @Test
    void anUnknownCodeOrADeadCloudSaySoInSpanish() {
        server.enqueue(new MockResponse.Builder().code(404).body("{\"code\":\"pairing.unknown\"}").build());
        var unknown = assertThrows(PairingException.class, () -> pairing.pair(url, "ABCDEFGH", "Caja"));
        assertEquals(PairingException.Reason.UNKNOWN_CODE, unknown.reason());
        assertTrue(unknown.userMessage().spanish().contains("Pide uno nuevo"), unknown.userMessage().spanish());
        server.enqueue(new MockResponse.Builder().code(429).body("{\"code\":\"rate_limited\",\"title\":\"Demasiados intentos.\"}")
                .build());
        var limited = assertThrows(PairingException.class, () -> pairing.pair(url, "ABCDEFGH", "Caja"));
        assertEquals(PairingException.Reason.REFUSED, limited.reason());
        assertTrue(limited.userMessage().spanish().endsWith("Demasiados intentos."), limited.userMessage().spanish());
        server.close();
        var down = assertThrows(PairingException.class, () -> pairing.pair(url, "ABCDEFGH", "Caja"));
        assertEquals(PairingException.Reason.UNREACHABLE, down.reason());
        assertEquals(Optional.empty(), pairing.target());
    }

    @ParameterizedTest
    @EnumSource(PairingException.Reason.class)
    void everyReasonHasSpanishAndEnglishText(PairingException.Reason reason) {
        UserMessage message = UserMessage.of(PairingException.BUNDLE, reason.key(),
                reason == PairingException.Reason.PENDING ? (Object) 3L : "x"); // PENDING counts events
        assertNotEquals(reason.key(), message.spanish());
        assertNotEquals(message.spanish(), message.format(Locale.ENGLISH));
    }
}
