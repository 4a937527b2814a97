package mx.michangarrito.hardware.device;

import java.time.Duration;

/**
 * The lifecycle every device shares, after UnifiedPOS: {@link #open()} reads the settings and
 * prepares the driver, {@link #claim(Duration)} takes the link exclusively, {@link #enable()} starts
 * events and work; {@link #disable()}, {@link #release()} and {@link #close()} undo them in reverse.
 *
 * <p>Each step is idempotent: asking for a state the device is already in (or past) does nothing, and
 * {@link #release()} or {@link #close()} on an enabled device first takes the steps back down. A step
 * asked for too early (claim before open, enable before claim) throws {@link DeviceException}.
 * Failing devices never throw from {@link #checkHealth()}; they report {@link DeviceHealth#FAILED}.
 */
public interface Device extends AutoCloseable {

    /**
     * The configured name of this device, used as the {@link DeviceEvent#source() source} of its events.
     *
     * @return the name, e.g. {@code "printer"}
     */
    String name();

    /**
     * What kind of device this is.
     *
     * @return the kind
     */
    DeviceKind kind();

    /**
     * Where the device is connected.
     *
     * @return the address
     */
    DeviceUri uri();

    /**
     * Where the device is in its lifecycle now.
     *
     * @return the state
     */
    DeviceState state();

    /**
     * Prepares the driver without touching the link.
     *
     * @throws DeviceException if the driver cannot be prepared
     */
    void open();

    /**
     * Takes the link exclusively (opens the port or connection).
     *
     * @param timeout how long to wait for the link
     * @throws DeviceException if the device is not open, or the link cannot be taken in time
     */
    void claim(Duration timeout);

    /**
     * Starts delivering events and accepting work.
     *
     * @throws DeviceException if the device is not claimed or refuses to start
     */
    void enable();

    /** Stops events and work; the link stays held. Does nothing unless enabled. */
    void disable();

    /** Lets the link go (disabling first if needed). Does nothing unless claimed. */
    void release();

    /** Releases everything; never throws. The device can be opened again. */
    @Override
    void close();

    /**
     * Asks the device how it is, within the driver's own timeout.
     *
     * @return the verdict; {@link DeviceHealth#UNKNOWN} when closed or on a write-only link
     */
    HealthReport checkHealth();

    /**
     * Registers a listener for this device's events.
     *
     * @param listener called on the driver's thread
     * @return the subscription; close it to stop the deliveries
     */
    Subscription subscribe(DeviceListener listener);

    /**
     * Opens, claims and enables in one call, undoing what was done if a step fails.
     *
     * @param claimTimeout how long to wait for the link
     * @throws DeviceException from the step that failed; the device is then closed
     */
    default void start(Duration claimTimeout) {
        try {
            open();
            claim(claimTimeout);
            enable();
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }
}
