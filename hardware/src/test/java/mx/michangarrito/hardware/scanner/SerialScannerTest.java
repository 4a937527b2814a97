package mx.michangarrito.hardware.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import mx.michangarrito.hardware.device.BarcodeScanned;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.DeviceState;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.Reconnected;
import mx.michangarrito.hardware.device.ScanRejected;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.device.Symbology;
import mx.michangarrito.hardware.simulator.ScannerSimulator;
import mx.michangarrito.hardware.testing.EventQueue;
import mx.michangarrito.hardware.testing.PtyPair;
import mx.michangarrito.hardware.transport.Link;
import mx.michangarrito.hardware.transport.Links;
import mx.michangarrito.hardware.transport.MemoryLink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A serial scanner driven by the scanner simulator over a socat pty pair. */
class SerialScannerTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private PtyPair pty;
    private SerialScanner scanner;
    private final EventQueue events = new EventQueue();

    @AfterEach
    void unplug() {
        if (scanner != null) {
            scanner.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    private ScannerSimulator plugIn(ScannerFraming framing) throws IOException {
        pty = PtyPair.start(dir);
        Link deviceEnd = Links.open(DeviceUri.parse("serial:" + pty.b()), TIMEOUT);
        return new ScannerSimulator(deviceEnd, framing);
    }

    private void startScanner(ScannerFraming framing) {
        startScanner(framing, SymbologyInference.NONE);
    }

    private void startScanner(ScannerFraming framing, SymbologyInference inference) {
        scanner = SerialScanner.onPort("escáner", DeviceUri.parse("serial:" + pty.a() + "?baud=9600"), framing, inference,
                CLOCK, Duration.ofMillis(50));
        scanner.subscribe(events);
        scanner.start(TIMEOUT);
    }

    @Test
    void eachScanArrivesAsOneEventWithPrefixAndSuffixRemoved() throws IOException {
        ScannerFraming framing = ScannerFraming.DEFAULT.withPrefix("#").withSuffix(ScannerSuffix.CRLF);
        try (ScannerSimulator gun = plugIn(framing)) {
            startScanner(framing);

            gun.scan("7501055300846");
            gun.scan("4006381333931");

            assertEquals(new BarcodeScanned("escáner", CLOCK.instant(), "7501055300846", Symbology.UNKNOWN),
                    events.next(BarcodeScanned.class));
            assertEquals("4006381333931", events.next(BarcodeScanned.class).code());
        }
    }

    @Test
    void withAimIdentifiersOnTheIdentifierIsRemovedAndNamesTheSymbology() throws IOException {
        try (ScannerSimulator gun = plugIn(ScannerFraming.DEFAULT.withPrefix("#"))) {
            startScanner(ScannerFraming.DEFAULT.withPrefix("#").withAim(true), code -> Symbology.ITF);

            gun.scan("]E04006381333931");
            gun.scan("]E496385074");
            gun.scan("]C0ABC-123");
            gun.scan("7501055300846");
            gun.scan("]Q1https://michangarrito.mx/p/1");

            assertEquals(new BarcodeScanned("escáner", CLOCK.instant(), "4006381333931", Symbology.EAN_13),
                    events.next(BarcodeScanned.class));
            assertEquals(new BarcodeScanned("escáner", CLOCK.instant(), "96385074", Symbology.EAN_8),
                    events.next(BarcodeScanned.class));
            assertEquals(new BarcodeScanned("escáner", CLOCK.instant(), "ABC-123", Symbology.CODE_128),
                    events.next(BarcodeScanned.class));
            ScanRejected withoutAim = events.next(ScanRejected.class);
            assertEquals("scan.missingAim", withoutAim.reason().key());
            assertTrue(withoutAim.reason().spanish().contains("AIM"), withoutAim.reason().spanish());
            assertEquals(new BarcodeScanned("escáner", CLOCK.instant(), "https://michangarrito.mx/p/1", Symbology.QR_CODE),
                    events.next(BarcodeScanned.class));
        }
    }

    @Test
    void withoutAimTheInferenceTellsTheSymbologyAndAFailingOneCostsOnlyTheType() throws IOException {
        try (ScannerSimulator gun = plugIn(ScannerFraming.DEFAULT)) {
            startScanner(ScannerFraming.DEFAULT, code -> switch (code.length()) {
                case 13 -> Symbology.EAN_13;
                case 3 -> throw new IllegalStateException("broken rule");
                default -> Symbology.UNKNOWN;
            });

            gun.scan("7501055300846");
            gun.scan("ABC");
            gun.scan("ABC-123");

            assertEquals(Symbology.EAN_13, events.next(BarcodeScanned.class).symbology());
            BarcodeScanned failed = events.next(BarcodeScanned.class);
            assertEquals("ABC", failed.code());
            assertEquals(Symbology.UNKNOWN, failed.symbology());
            assertEquals(Symbology.UNKNOWN, events.next(BarcodeScanned.class).symbology());
            assertEquals(DeviceHealth.OK, scanner.checkHealth().health());
        }
    }

    @Test
    void noiseOnTheLineIsAnErrorRowNotASale() throws IOException {
        try (ScannerSimulator gun = plugIn(ScannerFraming.DEFAULT)) {
            startScanner(ScannerFraming.DEFAULT);

            gun.sendRaw(new byte[] {'7', '5', 0x00, (byte) 0xFF, '\r'});
            gun.scan("7501055300846");

            ScanRejected rejected = events.next(ScanRejected.class);
            assertEquals("scan.garbled", rejected.reason().key());
            assertTrue(rejected.reason().spanish().contains("75<00>"), rejected.reason().spanish());
            assertEquals("7501055300846", events.next(BarcodeScanned.class).code());
        }
    }

    @Test
    void unplugReportsDisconnectedThenReplugReconnects() throws IOException {
        ScannerSimulator gun = plugIn(ScannerFraming.DEFAULT);
        startScanner(ScannerFraming.DEFAULT);
        gun.scan("111111");
        assertEquals("111111", events.next(BarcodeScanned.class).code());

        pty.close(); // cable pulled
        gun.close();

        Disconnected lost = events.next(Disconnected.class);
        assertEquals("scanner.disconnected", lost.reason().key());
        assertEquals(DeviceHealth.FAILED, scanner.checkHealth().health());
        assertEquals(DeviceState.ENABLED, scanner.state());

        try (ScannerSimulator replugged = plugIn(ScannerFraming.DEFAULT)) {
            events.next(Reconnected.class);
            replugged.scan("222222");
            assertEquals("222222", events.next(BarcodeScanned.class).code());
            assertEquals(DeviceHealth.OK, scanner.checkHealth().health());
        }
    }

    @Test
    void aScanCutByTheUnplugIsAnErrorRow() throws IOException {
        MemoryLink.Pair cable = MemoryLink.pair(SimUri.DEFAULT, TIMEOUT);
        ScannerSimulator gun = new ScannerSimulator(cable.device(), ScannerFraming.DEFAULT);
        scanner = new SerialScanner("escáner", SimUri.DEFAULT, ScannerFraming.DEFAULT, timeout -> {
            if (!cable.driver().isOpen()) {
                throw new IOException("unplugged");
            }
            return cable.driver();
        }, CLOCK, Duration.ofMillis(50));
        scanner.subscribe(events);
        scanner.start(TIMEOUT);

        gun.sendRaw("750105".getBytes(StandardCharsets.US_ASCII));
        gun.close();

        ScanRejected cut = events.next(ScanRejected.class);
        assertEquals("scan.cut", cut.reason().key());
        assertEquals("750105", cut.raw());
        events.next(Disconnected.class);
        assertEquals(java.util.List.of(), events.pending().stream().filter(BarcodeScanned.class::isInstance).toList());
    }

    @Test
    void closingStopsTheReaderThread() throws IOException {
        try (ScannerSimulator gun = plugIn(ScannerFraming.DEFAULT)) {
            startScanner(ScannerFraming.DEFAULT);
            assertTrue(scanner.readerAlive());
            assertTrue(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("scanner escáner")));

            scanner.close();

            assertFalse(scanner.readerAlive());
            assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("scanner escáner")));
            assertEquals(DeviceState.CLOSED, scanner.state());
        }
    }

    @Test
    void aMissingPortFailsTheStartWithAClearMessageAndHoldsNothing() {
        scanner = new SerialScanner("escáner", DeviceUri.parse("serial:" + dir.resolve("ttyACM9")),
                ScannerFraming.DEFAULT, CLOCK, Duration.ofMillis(50));

        var refused = org.junit.jupiter.api.Assertions.assertThrows(
                mx.michangarrito.hardware.device.DeviceException.class, () -> scanner.start(TIMEOUT));

        assertEquals("device.claimFailed", refused.userMessage().key());
        assertEquals(DeviceState.CLOSED, scanner.state());
    }
}
