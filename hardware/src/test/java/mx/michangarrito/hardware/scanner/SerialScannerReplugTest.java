package mx.michangarrito.hardware.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import mx.michangarrito.hardware.device.BarcodeScanned;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.Reconnected;
import mx.michangarrito.hardware.simulator.ScannerSimulator;
import mx.michangarrito.hardware.testing.EventQueue;
import mx.michangarrito.hardware.testing.PtyPair;
import mx.michangarrito.hardware.transport.Links;
import mx.michangarrito.hardware.transport.PortIdentity;
import mx.michangarrito.hardware.transport.SerialPorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A USB scanner replugged under another port name (ttyACM1 instead of ttyACM0), played with two socat
 * pty pairs: the port listing reports the device's identity at the new path, as jSerialComm does for a
 * real USB device.
 */
class SerialScannerReplugTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);
    private static final PortIdentity GUN = new PortIdentity(0x0c2e, 0x0b61, Optional.of("21045B0123"), Optional.empty());

    @TempDir
    Path dir;

    private final List<AutoCloseable> toClose = new ArrayList<>();
    private final AtomicReference<List<SerialPorts.Port>> listing = new AtomicReference<>(List.of());
    private final AtomicInteger listed = new AtomicInteger();
    private final EventQueue events = new EventQueue();
    private SerialScanner scanner;

    @AfterEach
    void unplugAll() throws Exception {
        if (scanner != null) {
            scanner.close();
        }
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
    }

    private PtyPair pty(String name) throws IOException {
        PtyPair pair = PtyPair.start(Files.createDirectories(dir.resolve(name)));
        toClose.add(pair);
        return pair;
    }

    private ScannerSimulator gunOn(PtyPair pair) throws IOException {
        ScannerSimulator gun = new ScannerSimulator(Links.open(DeviceUri.parse("serial:" + pair.b()), TIMEOUT),
                ScannerFraming.DEFAULT);
        toClose.add(gun);
        return gun;
    }

    private void startScannerOn(PtyPair pair) {
        DeviceUri uri = DeviceUri.parse("serial:" + pair.a());
        SerialPorts ports = () -> {
            listed.incrementAndGet();
            return listing.get();
        };
        scanner = new SerialScanner("escáner", uri, ScannerFraming.DEFAULT, SymbologyInference.NONE,
                Links.opener(uri, ports), CLOCK, Duration.ofMillis(50));
        scanner.subscribe(events);
        scanner.start(TIMEOUT);
    }

    /** Plugs the scanner at {@code first}, scans, then pulls the cable. */
    private void scanThenUnplug(PtyPair first) throws Exception {
        listing.set(List.of(new SerialPorts.Port(first.a().toString(), GUN)));
        ScannerSimulator gun = gunOn(first);
        startScannerOn(first);
        gun.scan("7501055300846");
        assertEquals("7501055300846", events.next(BarcodeScanned.class).code());

        first.close();
        gun.close();
        events.next(Disconnected.class);
    }

    @Test
    void theScannerIsFoundAgainAtAnotherPortByItsIdentity() throws Exception {
        PtyPair first = pty("acm0");
        scanThenUnplug(first);

        PtyPair second = pty("acm1");
        listing.set(List.of(new SerialPorts.Port(second.a().toString(), GUN)));

        events.next(Reconnected.class);
        gunOn(second).scan("4006381333931");
        assertEquals("4006381333931", events.next(BarcodeScanned.class).code());
        assertEquals(DeviceHealth.OK, scanner.checkHealth().health());
    }

    @Test
    void aPortWithAnotherIdentityIsNotTaken() throws Exception {
        PtyPair first = pty("acm0");
        scanThenUnplug(first);

        PtyPair second = pty("acm1");
        PortIdentity otherGun = new PortIdentity(GUN.vendorId(), GUN.productId(), Optional.of("99999X"), Optional.empty());
        int before = listed.get();
        listing.set(List.of(new SerialPorts.Port(second.a().toString(), otherGun)));
        // each failed reopen lists the ports; let the scanner look at the other device several times
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (listed.get() < before + 5 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }

        assertTrue(listed.get() >= before + 5, "the scanner never looked for its device: " + listed.get());
        assertEquals(List.of(), events.pending().stream().filter(Reconnected.class::isInstance).toList());
        assertEquals(DeviceHealth.FAILED, scanner.checkHealth().health());
    }
}
