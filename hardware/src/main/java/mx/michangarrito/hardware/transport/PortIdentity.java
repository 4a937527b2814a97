package mx.michangarrito.hardware.transport;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a USB serial port is, independent of the name the OS gave it this time: the USB vendor and product
 * ids, the device's serial number, and on Linux the stable {@code /dev/serial/by-id/…} link pointing at
 * it. A scanner replugged as {@code /dev/ttyACM1} instead of {@code /dev/ttyACM0} keeps its identity.
 *
 * @param vendorId     the USB vendor id, -1 when not a USB device
 * @param productId    the USB product id, -1 when not a USB device
 * @param serialNumber the device's serial number, empty when it has none
 * @param byIdPath     the {@code /dev/serial/by-id/…} link pointing at the port, empty when there is none
 */
public record PortIdentity(int vendorId, int productId, Optional<String> serialNumber, Optional<String> byIdPath) {

    /** Checks the parts; blank strings and jSerialComm's {@code "Unknown"} count as absent. */
    public PortIdentity {
        serialNumber = known(Objects.requireNonNull(serialNumber, "serialNumber"));
        byIdPath = known(Objects.requireNonNull(byIdPath, "byIdPath"));
    }

    /**
     * Whether this identity can find the device again: a USB device with a serial number, or a
     * {@code by-id} link. Two identical scanners without serial numbers cannot be told apart, so a port
     * with only vendor and product ids is never taken for another.
     *
     * @return true when {@link #sameDeviceAs(PortIdentity)} can answer true
     */
    public boolean distinctive() {
        return byIdPath.isPresent() || (vendorId >= 0 && productId >= 0 && serialNumber.isPresent());
    }

    /**
     * Whether {@code other} is the same physical device: the same {@code by-id} link, or the same vendor,
     * product and serial number.
     *
     * @param other the identity of a port present now
     * @return true only when both identities are {@link #distinctive()} and agree
     */
    public boolean sameDeviceAs(PortIdentity other) {
        if (byIdPath.isPresent() && byIdPath.equals(other.byIdPath)) {
            return true;
        }
        return vendorId >= 0 && productId >= 0 && serialNumber.isPresent()
                && vendorId == other.vendorId && productId == other.productId && serialNumber.equals(other.serialNumber);
    }

    private static Optional<String> known(Optional<String> text) {
        return text.map(String::strip).filter(t -> !t.isEmpty() && !t.equalsIgnoreCase("Unknown"));
    }
}
