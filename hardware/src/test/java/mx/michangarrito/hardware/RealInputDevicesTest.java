package mx.michangarrito.hardware;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.PaymentResult;
import mx.michangarrito.hardware.device.WeightRead;
import mx.michangarrito.hardware.payment.ConcertTerminal;
import mx.michangarrito.hardware.payment.ConcertTimings;
import mx.michangarrito.hardware.scale.ScaleProtocol;
import mx.michangarrito.hardware.scale.SerialScale;
import mx.michangarrito.hardware.scanner.FrameSource;
import mx.michangarrito.hardware.scanner.WebcamFrameSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Real devices, skipped by default (tag {@code hardware}). Run with
 * {@code ./mvnw -pl hardware test -Dhardware.excludedGroups=none -Dtest=RealInputDevicesTest} and the
 * device's address, e.g. {@code -Dhardware.scale=serial:/dev/ttyUSB0?baud=9600&bits=7&parity=E
 * -Dhardware.scale.protocol=toledo}, {@code -Dhardware.terminal=serial:/dev/ttyACM0},
 * {@code -Dhardware.camera=} (empty: the first camera).
 */
@Tag("hardware")
class RealInputDevicesTest {

    @Test
    void aRealScaleAnswersAWeight() {
        String uri = System.getProperty("hardware.scale");
        assumeTrue(uri != null, "set -Dhardware.scale");
        ScaleProtocol protocol = ScaleProtocol.byId(System.getProperty("hardware.scale.protocol", "toledo")).orElseThrow();
        try (SerialScale scale = new SerialScale("báscula", DeviceUri.parse(uri), protocol, Clock.systemUTC(),
                Duration.ofSeconds(2))) {
            scale.start(Duration.ofSeconds(2));
            WeightRead read = scale.readWeight();
            assertNotNull(read.status());
        }
    }

    @Test
    void aRealTerminalAnswersASaleOfOnePeso() {
        String uri = System.getProperty("hardware.terminal");
        assumeTrue(uri != null, "set -Dhardware.terminal");
        try (ConcertTerminal terminal = new ConcertTerminal("terminal", DeviceUri.parse(uri), 1, ConcertTimings.DEFAULT,
                Clock.systemUTC())) {
            terminal.start(Duration.ofSeconds(2));
            PaymentResult result = terminal.sale(100);
            assertNotNull(result.outcome(), result.message().spanish());
        }
    }

    @Test
    void aRealCameraGivesFrames() throws IOException {
        String name = System.getProperty("hardware.camera");
        assumeTrue(name != null, "set -Dhardware.camera");
        try (FrameSource camera = WebcamFrameSource.named(name).open()) {
            assertTrue(camera.grab().isPresent());
        }
    }
}
