package mx.michangarrito.hardware.device;

import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_BAUD;
import static mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason.INVALID_DATA_BITS;

import java.util.Objects;

/**
 * How to talk over a serial line: speed and frame ({@code 9600 8N1}) plus flow control.
 *
 * @param baudRate    bits per second, positive (printers and pole displays: 9600)
 * @param dataBits    5 to 8
 * @param parity      the parity bit
 * @param stopBits    1, 1.5 or 2
 * @param flowControl none, RTS/CTS or XON/XOFF
 */
public record SerialSettings(int baudRate, int dataBits, Parity parity, StopBits stopBits, FlowControl flowControl) {

    /** 9600 baud, 8 data bits, no parity, 1 stop bit, no flow control: what most POS devices expect. */
    public static final SerialSettings DEFAULT =
            new SerialSettings(9600, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE);

    /**
     * Checks the values.
     *
     * @throws InvalidDeviceUriException if the baud rate is not positive or data bits are not 5 to 8
     */
    public SerialSettings {
        if (baudRate <= 0) {
            String text = Integer.toString(baudRate);
            throw new InvalidDeviceUriException(INVALID_BAUD, text, text);
        }
        if (dataBits < 5 || dataBits > 8) {
            String text = Integer.toString(dataBits);
            throw new InvalidDeviceUriException(INVALID_DATA_BITS, text, text);
        }
        Objects.requireNonNull(parity, "parity");
        Objects.requireNonNull(stopBits, "stopBits");
        Objects.requireNonNull(flowControl, "flowControl");
    }

    /** The query of a canonical {@code serial:} address, every option spelt out. */
    String toQuery() {
        return "baud=" + baudRate + "&bits=" + dataBits + "&parity=" + parity.letter()
                + "&stop=" + stopBits.text() + "&flow=" + flowControl.text();
    }

    /**
     * The settings as people write them, e.g. {@code 9600 8N1} or {@code 19200 7E1 rtscts}.
     *
     * @return baud rate and frame, plus flow control unless it is none
     */
    @Override
    public String toString() {
        String frame = baudRate + " " + dataBits + parity.letter() + stopBits.text();
        return flowControl == FlowControl.NONE ? frame : frame + " " + flowControl.text();
    }
}
