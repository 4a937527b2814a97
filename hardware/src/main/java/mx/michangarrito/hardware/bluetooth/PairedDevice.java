package mx.michangarrito.hardware.bluetooth;

import java.util.Objects;

/**
 * A Bluetooth device paired with this computer, such as a card terminal offering the serial port
 * profile (SPP).
 *
 * @param name    its friendly name, or the address if it did not say
 * @param address its Bluetooth address, 12 hex digits
 */
public record PairedDevice(String name, String address) {

    /** Checks the parts. */
    public PairedDevice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
    }
}
