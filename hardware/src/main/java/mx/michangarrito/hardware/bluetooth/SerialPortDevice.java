package mx.michangarrito.hardware.bluetooth;

import java.util.Objects;
import java.util.Optional;

/**
 * A paired Bluetooth device that offers the Serial Port Profile (SPP): a card terminal candidate. The
 * Concert driver speaks over a serial port, so the device is used through the port the OS makes for it:
 * {@code rfcomm bind} on Linux ({@link #rfcommBind()}, then {@code serial:/dev/rfcomm0}), the outgoing
 * Bluetooth COM port on Windows.
 *
 * @param name    its friendly name, or the address
 * @param address its Bluetooth address, 12 hex digits as BlueCove gives it
 * @param url     the SPP service's connection URL, {@code btspp://001122334455:1;…}
 * @param channel the RFCOMM channel from the URL, or -1 if the URL names none
 */
public record SerialPortDevice(String name, String address, String url, int channel) {

    /** Checks the parts. */
    public SerialPortDevice {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(url, "url");
    }

    /**
     * A candidate from a paired device and its SPP service URL.
     *
     * @param device the paired device
     * @param url    the {@code btspp://} URL its service search reported
     * @return the candidate
     */
    static SerialPortDevice of(PairedDevice device, String url) {
        return new SerialPortDevice(device.name(), device.address(), url, channel(url).orElse(-1));
    }

    /**
     * The address as Linux tools write it, {@code 00:11:22:33:44:55}.
     *
     * @return the colon-separated address (unchanged if it is not 12 characters)
     */
    public String colonAddress() {
        if (address.length() != 12) {
            return address;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 12; i += 2) {
            out.append(i == 0 ? "" : ":").append(address, i, i + 2);
        }
        return out.toString().toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * The Linux command that exposes this device as {@code /dev/rfcomm0}.
     *
     * @return e.g. {@code sudo rfcomm bind 0 00:11:22:33:44:55 1}
     */
    public String rfcommBind() {
        return "sudo rfcomm bind 0 " + colonAddress() + (channel > 0 ? " " + channel : "");
    }

    /** The channel in {@code btspp://ADDRESS:CHANNEL;options}. */
    static Optional<Integer> channel(String url) {
        int start = url.indexOf("://");
        int colon = start < 0 ? -1 : url.indexOf(':', start + 3);
        if (colon < 0) {
            return Optional.empty();
        }
        int end = url.indexOf(';', colon);
        String digits = url.substring(colon + 1, end < 0 ? url.length() : end);
        return digits.matches("[0-9]{1,2}") ? Optional.of(Integer.parseInt(digits)) : Optional.empty();
    }
}
