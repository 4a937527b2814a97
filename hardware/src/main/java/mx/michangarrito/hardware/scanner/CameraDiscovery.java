package mx.michangarrito.hardware.scanner;

import com.github.sarxos.webcam.Webcam;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Looks for webcams once (webcam-capture) and remembers the answer, so "no camera" or a missing native
 * library is logged once and shown as a state, never thrown at startup.
 */
public final class CameraDiscovery {

    private static final System.Logger LOG = System.getLogger(CameraDiscovery.class.getName());

    private final Duration timeout;
    private CameraAvailability found;

    /**
     * A discovery that has not looked yet.
     *
     * @param timeout how long the camera library may take to list the cameras
     */
    public CameraDiscovery(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * The cameras of this computer; looks the first time only.
     *
     * @return cameras found, no camera, or the camera library missing
     */
    public synchronized CameraAvailability availability() {
        if (found == null) {
            found = look();
            LOG.log(found instanceof CameraAvailability.Cameras ? Level.INFO : Level.WARNING,
                    () -> "Webcam scanning: " + found.message().format(java.util.Locale.ENGLISH)
                            + (found instanceof CameraAvailability.DriverMissing missing ? " (" + missing.detail() + ")" : ""));
        }
        return found;
    }

    private CameraAvailability look() {
        try {
            List<String> names = Webcam.getWebcams(timeout.toMillis()).stream().map(Webcam::getName).toList();
            return names.isEmpty()
                    ? new CameraAvailability.NoCamera(ScannerMessages.of("camera.none"))
                    : new CameraAvailability.Cameras(names, ScannerMessages.of("camera.found", String.join(", ", names)));
        } catch (Exception | LinkageError e) {
            // webcam-capture wraps a missing libv4l in its own exceptions or lets the UnsatisfiedLinkError through
            return new CameraAvailability.DriverMissing(ScannerMessages.of("camera.driverMissing"), e.toString());
        }
    }
}
