package mx.michangarrito.hardware.device;

/**
 * Receives a device's events on the driver's thread. Keep it short: hand the event to another thread
 * (the desktop app hops to the FX thread) rather than doing slow work here. An exception thrown by a
 * listener is logged and does not stop the driver or other listeners.
 */
@FunctionalInterface
public interface DeviceListener {

    /**
     * Called once per event, in the order the device produced them.
     *
     * @param event what happened
     */
    void onEvent(DeviceEvent event);
}
