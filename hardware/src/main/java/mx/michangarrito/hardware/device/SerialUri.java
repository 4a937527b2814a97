package mx.michangarrito.hardware.device;

import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.MISSING_SERIAL_PORT;

import java.util.Objects;

/**
 * A device on a serial port, real or USB/Bluetooth-emulated: {@code serial:COM3},
 * {@code serial:/dev/ttyUSB0?baud=9600&bits=8&parity=N&stop=1&flow=none}. Options left out take
 * their {@link SerialSettings#DEFAULT default} (9600 8N1, no flow control). Two-way.
 *
 * @param port     the port name ({@code COM3}) or device path ({@code /dev/ttyACM0}), not blank
 * @param settings speed, frame and flow control
 */
public record SerialUri(String port, SerialSettings settings) implements DeviceUri {

    /**
     * Checks the parts.
     *
     * @throws InvalidDeviceUriException if the port name is blank
     */
    public SerialUri {
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(settings, "settings");
        if (port.isBlank()) {
            throw new InvalidDeviceUriException(MISSING_SERIAL_PORT, port, port);
        }
    }

    /**
     * A port with the default settings, 9600 8N1.
     *
     * @param port the port name or device path
     */
    public SerialUri(String port) {
        this(port, SerialSettings.DEFAULT);
    }

    /** @return {@code true}: a serial line reads as well as writes */
    @Override
    public boolean twoWay() {
        return true;
    }

    /** @return {@code serial:<port>?baud=…&bits=…&parity=…&stop=…&flow=…}, every option spelt out */
    @Override
    public String toString() {
        return "serial:" + UriText.encode(port, "?") + "?" + settings.toQuery();
    }
}
