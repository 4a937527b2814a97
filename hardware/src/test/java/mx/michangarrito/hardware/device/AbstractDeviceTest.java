package mx.michangarrito.hardware.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The lifecycle of {@link AbstractDevice}, driven through a device whose link is a real local TCP socket. */
class AbstractDeviceTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);

    private ServerSocket server;
    private SocketDevice device;
    private final List<DeviceEvent> events = new ArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        device = new SocketDevice(server.getLocalPort());
        device.subscribe(events::add);
    }

    @AfterEach
    void stop() throws IOException {
        device.close();
        server.close();
    }

    @Test
    void startWalksOpenClaimEnableAndCloseWalksBackDown() {
        device.start(TIMEOUT);
        assertEquals(DeviceState.ENABLED, device.state());
        assertTrue(device.linkOpen());

        device.close();

        assertEquals(DeviceState.CLOSED, device.state());
        assertFalse(device.linkOpen());
        assertEquals(List.of("OPEN", "CLAIMED", "ENABLED", "CLAIMED", "OPEN", "CLOSED"), stateTrail());
    }

    @Test
    void askingForAStateAlreadyReachedDoesNothing() {
        device.start(TIMEOUT);
        events.clear();

        device.open();
        device.claim(TIMEOUT);
        device.enable();

        assertEquals(List.of(), events);
        assertEquals(1, device.claims);
    }

    @Test
    void claimBeforeOpenIsRefusedWithAMessageNamingTheDevice() {
        DeviceException refused = assertThrows(DeviceException.class, () -> device.claim(TIMEOUT));

        assertEquals("device.notOpen", refused.userMessage().key());
        assertTrue(refused.userMessage().spanish().contains("impresora"), refused.getMessage());
        assertEquals(DeviceState.CLOSED, device.state());
    }

    @Test
    void enableBeforeClaimIsRefused() {
        device.open();

        DeviceException refused = assertThrows(DeviceException.class, device::enable);

        assertEquals("device.notClaimed", refused.userMessage().key());
        assertEquals(DeviceState.OPEN, device.state());
    }

    @Test
    void aLinkThatCannotBeTakenLeavesTheDeviceOpenAndSaysSoInSpanish() throws IOException {
        int port = server.getLocalPort();
        server.close(); // nobody listens any more: the connection is refused

        device.open();
        DeviceException refused = assertThrows(DeviceException.class, () -> device.claim(TIMEOUT));

        assertEquals("device.claimFailed", refused.userMessage().key());
        assertTrue(refused.getMessage().startsWith("No se pudo conectar con la impresora (tcp://"), refused.getMessage());
        assertTrue(refused.getMessage().contains(":" + port), refused.getMessage());
        assertTrue(refused.getCause() instanceof IOException);
        assertEquals(DeviceState.OPEN, device.state());
    }

    @Test
    void aFailedStartLeavesNothingHeld() throws IOException {
        server.close();

        assertThrows(DeviceException.class, () -> device.start(TIMEOUT));

        assertEquals(DeviceState.CLOSED, device.state());
        assertEquals(List.of("OPEN", "CLOSED"), stateTrail());
    }

    @Test
    void healthOfAClosedDeviceIsUnknownAndSendsNoEvent() {
        HealthReport report = device.checkHealth();

        assertEquals(DeviceHealth.UNKNOWN, report.health());
        assertEquals("device.closed", report.detail().key());
        assertEquals(CLOCK.instant(), report.checkedAt());
        assertEquals(List.of(), events);
    }

    @Test
    void statusChangedIsSentOnlyWhenTheVerdictChanges() throws IOException {
        device.start(TIMEOUT);
        events.clear();

        device.checkHealth();
        device.checkHealth();
        device.dropLink();
        HealthReport failed = device.checkHealth();
        device.checkHealth();

        assertEquals(DeviceHealth.FAILED, failed.health());
        assertEquals("device.noAnswer", failed.detail().key());
        List<DeviceHealth> changes = events.stream()
                .map(event -> ((StatusChanged) event).report().health()).toList();
        assertEquals(List.of(DeviceHealth.OK, DeviceHealth.FAILED), changes);
    }

    @Test
    void aListenerThatThrowsDoesNotStopTheOthers() {
        List<DeviceEvent> second = new ArrayList<>();
        device.subscribe(event -> {
            throw new IllegalStateException("broken listener");
        });
        device.subscribe(second::add);

        device.start(TIMEOUT);

        assertEquals(3, second.size());
        assertEquals(3, events.size());
    }

    @Test
    void aClosedSubscriptionReceivesNothingMore() {
        List<DeviceEvent> late = new ArrayList<>();
        Subscription subscription = device.subscribe(late::add);
        device.open();
        subscription.close();
        subscription.close();

        device.claim(TIMEOUT);

        assertEquals(1, late.size());
    }

    @Test
    void everyEventNamesItsSourceAndTime() {
        device.start(TIMEOUT);

        for (DeviceEvent event : events) {
            assertEquals("impresora", event.source());
            assertEquals(CLOCK.instant(), event.at());
        }
    }

    @Test
    void lifecycleMessagesExistInSpanishAndEnglishWithTheSameKeys() throws IOException {
        Properties spanish = load("lifecycle.properties");
        Properties english = load("lifecycle_en.properties");

        assertEquals(spanish.stringPropertyNames(), english.stringPropertyNames());
        var kind = mx.michangarrito.hardware.text.HardwareMessage.of(AbstractDevice.KINDS, DeviceKind.SCALE.name());
        for (String key : spanish.stringPropertyNames()) {
            var message = mx.michangarrito.hardware.text.HardwareMessage.of(AbstractDevice.MESSAGES, key,
                    "balanza-1", "sim:", kind);
            assertFalse(message.spanish().equals(message.format(Locale.ENGLISH)), key);
            assertTrue(message.spanish().contains("la báscula (sim:)"), key + ": " + message.spanish());
            assertTrue(message.format(Locale.ENGLISH).contains("the scale (sim:)"), key);
            assertFalse(message.spanish().contains("balanza-1"), "the app's name for the device is not a word of " + key);
        }
    }

    @Test
    void everyKindOfDeviceHasItsWordInSpanishAndEnglish() throws IOException {
        Properties spanish = load("kinds.properties");
        Properties english = load("kinds_en.properties");

        for (DeviceKind kind : DeviceKind.values()) {
            assertTrue(spanish.getProperty(kind.name(), "").matches("(el|la) \\p{L}+"), kind.name());
            assertTrue(english.getProperty(kind.name(), "").startsWith("the "), kind.name());
        }
    }

    @Test
    void aLifecycleMessageNamesTheKindOfDeviceInTheReadersLanguageNotTheAppsNameForIt() {
        DeviceException refused = assertThrows(DeviceException.class, () -> device.claim(TIMEOUT));

        assertTrue(refused.userMessage().format(Locale.ENGLISH).startsWith("The link to the printer (tcp://"),
                refused.userMessage().format(Locale.ENGLISH));
        assertFalse(refused.userMessage().format(Locale.ENGLISH).contains("impresora"),
                "the device is called \"impresora\" by this test, an English reader never sees it");
        assertTrue(refused.getMessage().startsWith("La conexión con la impresora (tcp://"), refused.getMessage());
    }

    private List<String> stateTrail() {
        return events.stream().filter(StateChanged.class::isInstance)
                .map(event -> ((StateChanged) event).to().name()).toList();
    }

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AbstractDevice.class.getResourceAsStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    /** A minimal driver: claiming connects a socket, health asks whether it is still usable. */
    private static final class SocketDevice extends AbstractDevice {

        private final int port;
        private Socket socket;
        private int claims;

        SocketDevice(int port) {
            super("impresora", DeviceKind.RECEIPT_PRINTER, DeviceUri.parse("tcp://127.0.0.1:" + port), CLOCK);
            this.port = port;
        }

        @Override
        protected void onClaim(Duration timeout) throws IOException {
            Socket connecting = new Socket();
            try {
                connecting.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), (int) timeout.toMillis());
            } catch (IOException e) {
                connecting.close();
                throw e;
            }
            socket = connecting;
            claims++;
        }

        @Override
        protected void onRelease() throws IOException {
            socket.close();
        }

        @Override
        protected HealthReport probeHealth() throws IOException {
            if (socket == null || socket.isClosed()) {
                throw new IOException("socket closed");
            }
            return new HealthReport(DeviceHealth.OK, message("device.ready"), clock().instant());
        }

        boolean linkOpen() {
            return socket != null && !socket.isClosed();
        }

        void dropLink() throws IOException {
            socket.close();
        }
    }
}
