package mx.michangarrito.hardware.device;

/**
 * Where a device is connected, as one line of text a shop owner can read and type in the settings.
 *
 * <table>
 *   <caption>Address forms</caption>
 *   <tr><th>form</th><th>example</th><th>two-way</th></tr>
 *   <tr><td>{@link TcpUri}</td><td>{@code tcp://192.168.1.50:9100}, {@code tcp://[fe80::1]} (port 9100 by default)</td><td>yes</td></tr>
 *   <tr><td>{@link SerialUri}</td><td>{@code serial:COM3}, {@code serial:/dev/ttyUSB0?baud=9600&bits=8&parity=N&stop=1&flow=none}</td><td>yes</td></tr>
 *   <tr><td>{@link FileUri}</td><td>{@code file:/dev/usb/lp0}</td><td>yes</td></tr>
 *   <tr><td>{@link SpoolerUri}</td><td>{@code spooler:EPSON TM-T20III Recibos}</td><td>no</td></tr>
 *   <tr><td>{@link SimUri}</td><td>{@code sim:}, {@code sim:caja-2}</td><td>yes</td></tr>
 * </table>
 *
 * <p>The scheme is read in any case; leading and trailing whitespace is ignored. {@link #toString()}
 * gives the canonical form, which {@link #parse(String)} reads back to an equal value. Drivers take
 * the variant apart with a {@code switch} over this sealed type.
 */
public sealed interface DeviceUri permits TcpUri, SerialUri, FileUri, SpoolerUri, SimUri {

    /**
     * Reads a device address.
     *
     * @param text the address as written, e.g. {@code tcp://192.168.1.50}
     * @return the address
     * @throws InvalidDeviceUriException with the {@link InvalidDeviceUriException.Reason reason} it
     *                                   cannot be used
     * @throws NullPointerException      if {@code text} is null
     */
    static DeviceUri parse(String text) {
        return DeviceUriParser.parse(text);
    }

    /**
     * Whether the link carries answers back from the device. Printer status ({@code DLE EOT}), scale
     * weights and card terminal replies all need a two-way link; the OS spooler is write-only.
     *
     * @return {@code true} for tcp, serial, file and sim; {@code false} for spooler
     */
    boolean twoWay();

    /**
     * The canonical address, which {@link #parse(String)} reads back to an equal value.
     *
     * @return the address, e.g. {@code tcp://192.168.1.50:9100}
     */
    @Override
    String toString();
}
