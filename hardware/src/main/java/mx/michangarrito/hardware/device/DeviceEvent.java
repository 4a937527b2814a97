package mx.michangarrito.hardware.device;

import java.time.Instant;

/**
 * Something a device reports: a closed set, so an app handles every kind with a {@code switch}.
 * Events are delivered on the driver's thread to each {@link DeviceListener} in the order they happen.
 *
 * <p>Each event names its {@link #source() source}, the device's configured name (e.g.
 * {@code "printer"}, {@code "scale"}), so one listener can serve several devices.
 */
public sealed interface DeviceEvent permits StateChanged, StatusChanged, Disconnected, Reconnected,
        BarcodeScanned, ScanRejected, WeightRead, PaymentResult, PrinterStatusChanged, PrintJobChanged {

    /**
     * The name of the device that produced the event, as given to its driver.
     *
     * @return the device name
     */
    String source();

    /**
     * When the driver saw it happen.
     *
     * @return the instant, UTC
     */
    Instant at();
}
