package mx.michangarrito.hardware.printer;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import mx.michangarrito.hardware.device.Device;
import mx.michangarrito.hardware.device.DeviceState;

/**
 * Asks a device for its health at a steady pace while the counter is idle, so the cashier sees
 * "sin papel" or "tapa abierta" before the next sale rather than after it. The answers arrive as the
 * device's own events ({@link mx.michangarrito.hardware.device.StatusChanged},
 * {@link mx.michangarrito.hardware.device.PrinterStatusChanged}); a device not started is left alone.
 */
public final class PrinterWatch implements AutoCloseable {

    private final Device device;
    private final RetryScheduler scheduler;
    private final Duration interval;
    private final AtomicBoolean running = new AtomicBoolean();

    /**
     * A watch, not started.
     *
     * @param device    the printer (or any device)
     * @param scheduler where the checks run
     * @param interval  time between checks, e.g. 10 s
     */
    public PrinterWatch(Device device, RetryScheduler scheduler, Duration interval) {
        this.device = Objects.requireNonNull(device, "device");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.interval = Objects.requireNonNull(interval, "interval");
    }

    /** Starts checking; does nothing if already started. */
    public void start() {
        if (running.compareAndSet(false, true)) {
            scheduler.runAfter(interval, this::tick);
        }
    }

    /** Stops checking after the current check. */
    @Override
    public void close() {
        running.set(false);
    }

    private void tick() {
        if (!running.get()) {
            return;
        }
        if (device.state() == DeviceState.ENABLED) {
            device.checkHealth();
        }
        scheduler.runAfter(interval, this::tick);
    }
}
