package mx.michangarrito.hardware.scanner;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import mx.michangarrito.hardware.device.AbstractDevice;
import mx.michangarrito.hardware.device.BarcodeScanned;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.DeviceKind;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.HealthReport;
import mx.michangarrito.hardware.device.Reconnected;

/**
 * A webcam used as a barcode scanner: a thread grabs frames, decodes them with {@link BarcodeDecoder}
 * and sends {@link BarcodeScanned} (with the symbology) once per code held in view
 * ({@link HeldCodeFilter}). A camera that goes away is reported once and reopened every {@code retryEvery}.
 */
public final class WebcamScanner extends AbstractDevice implements BarcodeScanner {

    private static final System.Logger LOG = System.getLogger(WebcamScanner.class.getName());
    private static final Duration IDLE = Duration.ofMillis(20);

    private final FrameSource.Opener opener;
    private final Duration leaveAfter;
    private final Duration retryEvery;
    private volatile FrameSource source;
    private volatile boolean running;
    private Thread grabber;

    /**
     * A webcam scanner.
     *
     * @param name       the configured name, e.g. {@code "cámara"}
     * @param uri        the camera's address as shown to people, e.g. {@code file:/dev/video0}, or {@code sim:}
     * @param opener     opens the camera (see {@link WebcamFrameSource}) or a generated source
     * @param leaveAfter how long a code must be out of view to be scanned again
     * @param retryEvery how long to wait between attempts to reopen a lost camera
     * @param clock      time source for events
     */
    public WebcamScanner(String name, DeviceUri uri, FrameSource.Opener opener, Duration leaveAfter, Duration retryEvery,
            Clock clock) {
        super(name, DeviceKind.BARCODE_SCANNER, uri, clock);
        this.opener = Objects.requireNonNull(opener, "opener");
        this.leaveAfter = Objects.requireNonNull(leaveAfter, "leaveAfter");
        this.retryEvery = Objects.requireNonNull(retryEvery, "retryEvery");
    }

    @Override
    protected void onClaim(Duration timeout) throws IOException {
        source = opener.open();
    }

    @Override
    protected void onEnable() {
        running = true;
        grabber = Thread.ofPlatform().daemon().name("webcam " + name()).start(this::grabLoop);
    }

    @Override
    protected void onDisable() throws IOException {
        running = false;
        Thread stopping = grabber;
        grabber = null;
        if (stopping != null) {
            LockSupport.unpark(stopping);
            try {
                stopping.join(retryEvery.plusSeconds(2).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while stopping the camera");
            }
        }
    }

    @Override
    protected void onRelease() throws IOException {
        FrameSource held = source;
        source = null;
        if (held != null) {
            held.close();
        }
    }

    @Override
    protected HealthReport probeHealth() {
        boolean ok = source != null;
        return new HealthReport(ok ? DeviceHealth.OK : DeviceHealth.FAILED,
                ScannerMessages.of(ok ? "camera.ready" : "camera.disconnected", name(), uri().toString()), clock().instant());
    }

    /**
     * Whether the grabbing thread runs.
     *
     * @return true while enabled
     */
    public boolean grabberAlive() {
        Thread current = grabber;
        return current != null && current.isAlive();
    }

    private void grabLoop() {
        BarcodeDecoder decoder = new BarcodeDecoder();
        HeldCodeFilter filter = new HeldCodeFilter(leaveAfter);
        while (running) {
            FrameSource current = source;
            if (current == null) {
                reopen();
                continue;
            }
            try {
                Optional<Frame> frame = current.grab();
                if (frame.isEmpty()) {
                    LockSupport.parkNanos(IDLE.toNanos()); // a camera with no picture yet: do not spin
                    continue;
                }
                Optional<DecodedBarcode> decoded = decoder.decode(frame.get().image());
                filter.accept(decoded, frame.get().timestampNanos()).ifPresent(code -> emit(
                        new BarcodeScanned(name(), clock().instant(), code.text(), code.symbology())));
            } catch (IOException | RuntimeException e) {
                if (running) {
                    lost(current, e);
                }
            }
        }
    }

    private void lost(FrameSource current, Exception cause) {
        LOG.log(Level.WARNING, () -> "Camera " + name() + " (" + uri() + ") lost", cause);
        source = null;
        try {
            current.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "closing a lost camera failed", e);
        }
        var reason = ScannerMessages.of("camera.disconnected", name(), uri().toString());
        emit(new Disconnected(name(), clock().instant(), reason));
        reportHealth(new HealthReport(DeviceHealth.FAILED, reason, clock().instant()));
    }

    private void reopen() {
        LockSupport.parkNanos(retryEvery.toNanos());
        if (!running) {
            return;
        }
        try {
            source = opener.open();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "Camera " + name() + " not back yet: " + e.getMessage());
            return;
        }
        emit(new Reconnected(name(), clock().instant()));
        reportHealth(new HealthReport(DeviceHealth.OK, ScannerMessages.of("camera.ready", name(), uri().toString()),
                clock().instant()));
    }
}
