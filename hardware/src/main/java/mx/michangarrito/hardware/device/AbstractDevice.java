package mx.michangarrito.hardware.device;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * The lifecycle state machine and event delivery every driver needs, so a driver writes only its
 * link and protocol in the {@code on…} hooks. Lifecycle calls are serialised; events go to listeners
 * on the thread that emits them, and a listener that throws is logged and skipped.
 */
public abstract class AbstractDevice implements Device {

    private static final System.Logger LOG = System.getLogger(AbstractDevice.class.getName());
    static final String MESSAGES = "mx.michangarrito.hardware.device.lifecycle";
    static final String KINDS = "mx.michangarrito.hardware.device.kinds";

    private final String name;
    private final DeviceKind kind;
    private final DeviceUri uri;
    private final Clock clock;
    private final CopyOnWriteArrayList<DeviceListener> listeners = new CopyOnWriteArrayList<>();
    private final ReentrantLock lifecycle = new ReentrantLock();
    private volatile DeviceState state = DeviceState.CLOSED;
    private volatile DeviceHealth lastHealth;

    /**
     * A closed device.
     *
     * @param name  the configured name, the source of its events
     * @param kind  what kind of device it is
     * @param uri   where it is connected
     * @param clock the time source for events and health reports
     */
    protected AbstractDevice(String name, DeviceKind kind, DeviceUri uri, Clock clock) {
        this.name = Objects.requireNonNull(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.uri = Objects.requireNonNull(uri, "uri");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final DeviceKind kind() {
        return kind;
    }

    @Override
    public final DeviceUri uri() {
        return uri;
    }

    @Override
    public final DeviceState state() {
        return state;
    }

    /** The time source given at construction, for drivers that stamp their own events. */
    protected final Clock clock() {
        return clock;
    }

    @Override
    public final void open() {
        lifecycle.lock();
        try {
            if (state != DeviceState.CLOSED) {
                return;
            }
            run(this::onOpen, "device.openFailed");
            moveTo(DeviceState.OPEN);
        } finally {
            lifecycle.unlock();
        }
    }

    @Override
    public final void claim(Duration timeout) {
        Objects.requireNonNull(timeout, "timeout");
        lifecycle.lock();
        try {
            if (state == DeviceState.CLOSED) {
                throw new DeviceException(message("device.notOpen"));
            }
            if (state != DeviceState.OPEN) {
                return;
            }
            run(() -> onClaim(timeout), "device.claimFailed");
            moveTo(DeviceState.CLAIMED);
        } finally {
            lifecycle.unlock();
        }
    }

    @Override
    public final void enable() {
        lifecycle.lock();
        try {
            if (state == DeviceState.CLOSED || state == DeviceState.OPEN) {
                throw new DeviceException(message("device.notClaimed"));
            }
            if (state == DeviceState.ENABLED) {
                return;
            }
            run(this::onEnable, "device.enableFailed");
            moveTo(DeviceState.ENABLED);
        } finally {
            lifecycle.unlock();
        }
    }

    @Override
    public final void disable() {
        lifecycle.lock();
        try {
            if (state == DeviceState.ENABLED) {
                quietly(this::onDisable, "disable");
                moveTo(DeviceState.CLAIMED);
            }
        } finally {
            lifecycle.unlock();
        }
    }

    @Override
    public final void release() {
        lifecycle.lock();
        try {
            disable();
            if (state == DeviceState.CLAIMED) {
                quietly(this::onRelease, "release");
                moveTo(DeviceState.OPEN);
            }
        } finally {
            lifecycle.unlock();
        }
    }

    @Override
    public final void close() {
        lifecycle.lock();
        try {
            release();
            if (state == DeviceState.OPEN) {
                quietly(this::onClose, "close");
                moveTo(DeviceState.CLOSED);
            }
            lastHealth = null;
        } finally {
            lifecycle.unlock();
        }
    }

    @Override
    public final HealthReport checkHealth() {
        HealthReport report;
        if (state == DeviceState.CLOSED) {
            report = new HealthReport(DeviceHealth.UNKNOWN, message("device.closed"), clock.instant());
        } else {
            try {
                report = Objects.requireNonNull(probeHealth(), "probeHealth");
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, () -> "Health check of " + name + " (" + uri + ") failed", e);
                report = new HealthReport(DeviceHealth.FAILED, message("device.noAnswer"), clock.instant());
            }
        }
        reportHealth(report);
        return report;
    }

    @Override
    public final Subscription subscribe(DeviceListener listener) {
        Objects.requireNonNull(listener, "listener");
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /**
     * Sends an event to every listener, in subscription order, on the calling thread.
     *
     * @param event the event; its source should be {@link #name()}
     */
    protected final void emit(DeviceEvent event) {
        Objects.requireNonNull(event, "event");
        for (DeviceListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, () -> "A listener of " + name + " failed on " + event, e);
            }
        }
    }

    /**
     * Records a health verdict the driver learned by itself (e.g. from an unsolicited status byte)
     * and sends {@link StatusChanged} when it differs from the last one.
     *
     * @param report the verdict
     */
    protected final void reportHealth(HealthReport report) {
        DeviceHealth previous = lastHealth;
        lastHealth = report.health();
        if (previous != report.health() && state != DeviceState.CLOSED) {
            emit(new StatusChanged(name, report.checkedAt(), report));
        }
    }

    /**
     * A message about this device from the shared lifecycle bundle; the device name and address are
     * arguments {0} and {1}, {2} is its kind in the reader's language ("el escáner", "the scanner"), then
     * {@code more}. The messages name the kind, not the name: the name is whatever the app calls the device,
     * in no particular language.
     *
     * @param key  the message key in {@code device/lifecycle.properties}
     * @param more further arguments
     * @return the message
     */
    protected final HardwareMessage message(String key, Object... more) {
        Object[] withKind = new Object[more.length + 1];
        withKind[0] = HardwareMessage.of(KINDS, kind.name());
        System.arraycopy(more, 0, withKind, 1, more.length);
        return bundleMessage(MESSAGES, key, withKind);
    }

    /**
     * A message about this device from a driver's own bundle; the device name and address are
     * arguments {0} and {1}, then {@code more}.
     *
     * @param bundle the resource bundle's base name
     * @param key    the message key in that bundle
     * @param more   further arguments
     * @return the message
     */
    protected final HardwareMessage bundleMessage(String bundle, String key, Object... more) {
        Object[] args = new Object[more.length + 2];
        args[0] = name;
        args[1] = uri.toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return HardwareMessage.of(bundle, key, args);
    }

    /** Prepares the driver (parse settings, build encoders). The link is not touched yet. */
    protected void onOpen() throws IOException {
    }

    /**
     * Takes the link: open the port or socket.
     *
     * @param timeout how long to wait for it
     * @throws IOException if the link cannot be taken; the device stays open, unclaimed
     */
    protected abstract void onClaim(Duration timeout) throws IOException;

    /** Starts reading or accepting work. */
    protected void onEnable() throws IOException {
    }

    /** Stops reading or accepting work. */
    protected void onDisable() throws IOException {
    }

    /** Lets the link go. */
    protected abstract void onRelease() throws IOException;

    /** Frees what {@link #onOpen()} prepared. */
    protected void onClose() throws IOException {
    }

    /**
     * Asks the device how it is. Called only when the device is open or further.
     *
     * @return the verdict
     * @throws IOException if the device does not answer; reported as {@link DeviceHealth#FAILED}
     */
    protected abstract HealthReport probeHealth() throws IOException;

    private void moveTo(DeviceState next) {
        DeviceState previous = state;
        state = next;
        emit(new StateChanged(name, clock.instant(), previous, next));
    }

    private void run(Step step, String failureKey) {
        try {
            step.run();
        } catch (DeviceException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DeviceException(message(failureKey), e);
        }
    }

    private void quietly(Step step, String what) {
        try {
            step.run();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, () -> "Could not " + what + " " + name + " (" + uri + ") cleanly", e);
        }
    }

    @FunctionalInterface
    private interface Step {
        void run() throws IOException;
    }
}
