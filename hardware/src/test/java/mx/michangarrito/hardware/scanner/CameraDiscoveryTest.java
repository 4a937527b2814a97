package mx.michangarrito.hardware.scanner;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Webcam discovery on a machine with webcam-capture's native needs met ({@code libv4l-0}, installed by
 * .ci/run) and no camera, as on CI: a normal "no camera" state, found once, never an exception.
 */
class CameraDiscoveryTest {

    @Test
    void aMachineWithoutACameraReportsNoCameraOnce() {
        CameraDiscovery discovery = new CameraDiscovery(Duration.ofSeconds(10));

        CameraAvailability first = discovery.availability();

        CameraAvailability.NoCamera none = assertInstanceOf(CameraAvailability.NoCamera.class, first, first.toString());
        assertTrue(none.message().spanish().startsWith("No hay ninguna cámara"), none.message().spanish());
        assertSame(first, discovery.availability());
    }
}
