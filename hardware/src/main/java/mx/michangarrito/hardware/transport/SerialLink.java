package mx.michangarrito.hardware.transport;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.time.Duration;
import mx.michangarrito.hardware.device.SerialSettings;
import mx.michangarrito.hardware.device.SerialUri;

/**
 * A serial port through jSerialComm: RS-232, USB-CDC, or a Bluetooth RFCOMM port the OS exposes as
 * serial. Opened by name ({@code COM3}) or path ({@code /dev/ttyUSB0}, a socat pty), in semi-blocking
 * read mode so a read waits for the first byte up to the read timeout.
 */
final class SerialLink extends StreamLink<SerialUri> {

    private final SerialPort port;

    private SerialLink(SerialUri uri, SerialPort port) {
        super(uri, port.getInputStream(), port.getOutputStream());
        this.port = port;
    }

    static SerialLink open(SerialUri uri, Duration timeout) throws IOException {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(uri.port());
        } catch (RuntimeException e) {
            throw new IOException("Serial port " + uri.port() + " not found", e);
        }
        SerialSettings settings = uri.settings();
        port.setComPortParameters(settings.baudRate(), settings.dataBits(), stopBits(settings), parity(settings));
        port.setFlowControl(flowControl(settings));
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                Links.millis(timeout), Links.millis(timeout));
        if (!port.openPort()) {
            throw new IOException("Serial port " + uri.port() + " could not be opened (error "
                    + port.getLastErrorCode() + " at " + port.getLastErrorLocation() + ")");
        }
        return new SerialLink(uri, port);
    }

    @Override
    public void readTimeout(Duration timeout) throws IOException {
        int millis = Links.millis(timeout);
        if (!port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                millis, millis)) {
            throw new IOException("Serial port " + uri().port() + " refused a read timeout of " + millis + " ms (error "
                    + port.getLastErrorCode() + " at " + port.getLastErrorLocation() + ")");
        }
    }

    @Override
    public boolean isOpen() {
        return port.isOpen();
    }

    @Override
    public void close() {
        if (port.isOpen()) {
            port.closePort();
        }
    }

    private static int stopBits(SerialSettings settings) {
        return switch (settings.stopBits()) {
            case ONE -> SerialPort.ONE_STOP_BIT;
            case ONE_AND_A_HALF -> SerialPort.ONE_POINT_FIVE_STOP_BITS;
            case TWO -> SerialPort.TWO_STOP_BITS;
        };
    }

    private static int parity(SerialSettings settings) {
        return switch (settings.parity()) {
            case NONE -> SerialPort.NO_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }

    private static int flowControl(SerialSettings settings) {
        return switch (settings.flowControl()) {
            case NONE -> SerialPort.FLOW_CONTROL_DISABLED;
            case RTS_CTS -> SerialPort.FLOW_CONTROL_RTS_ENABLED | SerialPort.FLOW_CONTROL_CTS_ENABLED;
            case XON_XOFF -> SerialPort.FLOW_CONTROL_XONXOFF_IN_ENABLED | SerialPort.FLOW_CONTROL_XONXOFF_OUT_ENABLED;
        };
    }
}
