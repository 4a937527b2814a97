package mx.michangarrito.hardware.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import mx.michangarrito.hardware.device.DeviceUri;

/**
 * An open byte link to a device: a TCP connection, a serial port or a device file. Protocols
 * (ESC/POS, scale and card terminal protocols) read and write through it and know nothing of how the
 * device is attached.
 *
 * <p>Reads wait at most the {@link #readTimeout(Duration) read timeout}; when it passes with no byte,
 * {@code read} throws an {@link java.io.InterruptedIOException} (a {@code SocketTimeoutException} or
 * jSerialComm's {@code SerialPortTimeoutException}). A lost link shows as an {@link IOException} or
 * end of stream. Closing twice does nothing.
 */
public interface Link extends Closeable {

    /**
     * Where the link goes.
     *
     * @return the device address
     */
    DeviceUri uri();

    /**
     * Bytes from the device.
     *
     * @return the stream; the same object on every call
     */
    InputStream input();

    /**
     * Bytes to the device. Written bytes are passed on when {@code flush} is called (or sooner).
     *
     * @return the stream; the same object on every call
     */
    OutputStream output();

    /**
     * Sets how long a read waits for the first byte.
     *
     * @param timeout a positive duration
     * @throws IOException if the link refuses the setting
     */
    void readTimeout(Duration timeout) throws IOException;

    /**
     * Whether the link is still open on this side (it may have been lost on the other side).
     *
     * @return false once closed
     */
    boolean isOpen();
}
