package mx.michangarrito.hardware.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import mx.michangarrito.hardware.device.BarcodeScanned;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.Reconnected;
import mx.michangarrito.hardware.device.Symbology;
import mx.michangarrito.hardware.testing.BarcodeImages;
import mx.michangarrito.hardware.testing.EventQueue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A webcam scanner fed generated frames with their own timestamps (100 ms apart). */
class WebcamScannerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);
    private static final BufferedImage EAN = BarcodeImages.photo(BarcodeFormat.EAN_13, "4006381333931", 3);
    private static final BufferedImage QR = BarcodeImages.photo(BarcodeFormat.QR_CODE, "CAJA1-000123", 20);
    private static final BufferedImage BLANK = BarcodeImages.blank();

    private final EventQueue events = new EventQueue();
    private WebcamScanner scanner;

    @AfterEach
    void stop() {
        if (scanner != null) {
            scanner.close();
        }
    }

    /** Plays the pictures once, then has none; throws after the last one if told to (camera unplugged). */
    private static final class Script implements FrameSource {
        private final Deque<BufferedImage> frames;
        private final boolean unplugAtEnd;
        private long t;

        Script(List<BufferedImage> frames, boolean unplugAtEnd, long start) {
            this.frames = new ArrayDeque<>(frames);
            this.unplugAtEnd = unplugAtEnd;
            this.t = start;
        }

        @Override
        public Optional<Frame> grab() throws IOException {
            BufferedImage next = frames.poll();
            if (next == null) {
                if (unplugAtEnd) {
                    throw new IOException("camera unplugged");
                }
                return Optional.empty();
            }
            t += 100_000_000L;
            return Optional.of(new Frame(next, t));
        }

        @Override
        public void close() {
        }
    }

    private static List<BufferedImage> repeat(BufferedImage image, int times) {
        return java.util.Collections.nCopies(times, image);
    }

    private static List<BufferedImage> concat(List<List<BufferedImage>> parts) {
        return parts.stream().flatMap(List::stream).toList();
    }

    @Test
    void aCodeHeldInViewIsOneScanAndShownAgainIsAnother() {
        List<BufferedImage> frames = concat(List.of(repeat(EAN, 4), repeat(BLANK, 1), repeat(EAN, 2), repeat(BLANK, 8),
                repeat(EAN, 2), repeat(QR, 3)));
        scanner = new WebcamScanner("cámara", DeviceUri.parse("sim:"), () -> new Script(frames, false, 0),
                Duration.ofMillis(500), Duration.ofMillis(50), CLOCK);
        scanner.subscribe(events);
        scanner.start(Duration.ofSeconds(1));

        assertEquals(new BarcodeScanned("cámara", CLOCK.instant(), "4006381333931", Symbology.EAN_13),
                events.next(BarcodeScanned.class));
        assertEquals("4006381333931", events.next(BarcodeScanned.class).code());
        assertEquals(new BarcodeScanned("cámara", CLOCK.instant(), "CAJA1-000123", Symbology.QR_CODE),
                events.next(BarcodeScanned.class));
        scanner.close();
        assertEquals(List.of(), events.pending().stream().filter(BarcodeScanned.class::isInstance).toList());
    }

    @Test
    void aLostCameraIsReportedAndReopened() {
        AtomicInteger opens = new AtomicInteger();
        scanner = new WebcamScanner("cámara", DeviceUri.parse("file:/dev/video0"),
                () -> opens.incrementAndGet() == 1 ? new Script(repeat(EAN, 2), true, 0)
                        : new Script(repeat(QR, 2), false, 10_000_000_000L),
                Duration.ofMillis(500), Duration.ofMillis(20), CLOCK);
        scanner.subscribe(events);
        scanner.start(Duration.ofSeconds(1));

        assertEquals("4006381333931", events.next(BarcodeScanned.class).code());
        assertEquals("camera.disconnected", events.next(Disconnected.class).reason().key());
        events.next(Reconnected.class);
        assertEquals("CAJA1-000123", events.next(BarcodeScanned.class).code());
    }

    @Test
    void closingStopsTheGrabbingThread() {
        scanner = new WebcamScanner("cámara", DeviceUri.parse("sim:"), () -> new Script(List.of(), false, 0),
                Duration.ofMillis(500), Duration.ofMillis(20), CLOCK);
        scanner.start(Duration.ofSeconds(1));
        assertTrue(scanner.grabberAlive());

        scanner.close();

        assertFalse(scanner.grabberAlive());
        assertFalse(Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("webcam cámara")));
    }
}
