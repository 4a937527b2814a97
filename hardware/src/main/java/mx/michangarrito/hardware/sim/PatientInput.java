package mx.michangarrito.hardware.sim;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;

/**
 * A simulator's view of its link: a device waits for the next byte as long as it takes, so read
 * timeouts of the link (a serial port's, a socket's) are waited out instead of ending the session.
 */
final class PatientInput extends FilterInputStream {

    PatientInput(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        while (true) {
            try {
                return super.read();
            } catch (InterruptedIOException e) {
                stopIfInterrupted(e);
            }
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        while (true) {
            try {
                return super.read(buffer, offset, length);
            } catch (InterruptedIOException e) {
                stopIfInterrupted(e);
            }
        }
    }

    private static void stopIfInterrupted(InterruptedIOException timeout) throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) {
            throw timeout;
        }
    }
}
