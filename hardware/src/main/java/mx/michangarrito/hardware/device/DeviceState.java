package mx.michangarrito.hardware.device;

/**
 * Where a device is in its life, as in UnifiedPOS: {@code open → claim → enable → use → disable →
 * release → close}. Only an {@link #ENABLED} device delivers input events or accepts work.
 */
public enum DeviceState {
    /** Not opened, or closed again; holds no resource. */
    CLOSED,
    /** Opened (settings read, driver ready) but not claimed: the link is not held. */
    OPEN,
    /** Claimed: this program holds the link exclusively. */
    CLAIMED,
    /** Claimed and enabled: delivering events and accepting work. */
    ENABLED
}
