package mx.michangarrito.hardware.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mx.michangarrito.hardware.device.DeviceEvent;
import mx.michangarrito.hardware.device.DeviceListener;

/**
 * Collects a device's events from its thread so a test can wait for the next one of a kind. Waiting
 * is bounded (a broken driver fails the test instead of hanging it); nothing is asserted on timing.
 */
public final class EventQueue implements DeviceListener {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final LinkedBlockingQueue<DeviceEvent> events = new LinkedBlockingQueue<>();
    private final List<DeviceEvent> seen = new ArrayList<>();

    @Override
    public void onEvent(DeviceEvent event) {
        events.add(event);
    }

    /**
     * Waits for the next event of a type, skipping others (kept in {@link #seen()}).
     *
     * @param type the event type
     * @param <E>  the event type
     * @return the event
     */
    public <E extends DeviceEvent> E next(Class<E> type) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            DeviceEvent event;
            try {
                event = events.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            if (event == null) {
                fail("no " + type.getSimpleName() + " within " + PATIENCE + "; saw " + seen);
            }
            seen.add(event);
            if (type.isInstance(event)) {
                return type.cast(event);
            }
        }
    }

    /** @return every event taken so far, in order */
    public List<DeviceEvent> seen() {
        return List.copyOf(seen);
    }

    /** @return events not yet taken, without waiting */
    public List<DeviceEvent> pending() {
        return List.copyOf(events);
    }
}
