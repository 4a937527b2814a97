package mx.michangarrito.hardware.transport;

import java.io.InputStream;
import java.io.OutputStream;
import mx.michangarrito.hardware.device.DeviceUri;

/**
 * A link over a pair of streams its subclass opened (a socket's, a serial port's, a device file's):
 * the address and streams are fixed; the read timeout, open state and closing are the subclass's.
 *
 * @param <U> the kind of address
 */
abstract class StreamLink<U extends DeviceUri> implements Link {

    private final U uri;
    private final InputStream input;
    private final OutputStream output;

    StreamLink(U uri, InputStream input, OutputStream output) {
        this.uri = uri;
        this.input = input;
        this.output = output;
    }

    @Override
    public final U uri() {
        return uri;
    }

    @Override
    public final InputStream input() {
        return input;
    }

    @Override
    public final OutputStream output() {
        return output;
    }
}
