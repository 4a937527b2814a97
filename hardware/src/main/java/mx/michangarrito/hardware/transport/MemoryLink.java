package mx.michangarrito.hardware.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Objects;
import mx.michangarrito.hardware.device.SimUri;

/**
 * One end of an in-process byte link, for demo mode: a simulator holds one end and the real driver the
 * other, so the driver runs exactly the code it runs over a serial port. Closing either end is like
 * pulling the cable: the other end reads the remaining bytes, then end of stream, and writes fail.
 */
public final class MemoryLink implements Link {

    private final SimUri uri;
    private final BytePipe incoming;
    private final BytePipe outgoing;
    private volatile Duration timeout;
    private final InputStream input = new Input();
    private final OutputStream output = new Output();

    private MemoryLink(SimUri uri, BytePipe incoming, BytePipe outgoing, Duration timeout) {
        this.uri = uri;
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.timeout = Links.positive(timeout);
    }

    /**
     * Two connected ends.
     *
     * @param uri     the simulator's address, reported by both ends
     * @param timeout the first read timeout of both ends
     * @return the ends: give {@link Pair#driver()} to the driver and {@link Pair#device()} to the simulator
     */
    public static Pair pair(SimUri uri, Duration timeout) {
        Objects.requireNonNull(uri, "uri");
        BytePipe toDevice = new BytePipe();
        BytePipe toDriver = new BytePipe();
        return new Pair(new MemoryLink(uri, toDriver, toDevice, timeout), new MemoryLink(uri, toDevice, toDriver, timeout));
    }

    /**
     * The two ends of an in-process link.
     *
     * @param driver the end a driver reads and writes
     * @param device the end a simulator reads and writes
     */
    public record Pair(MemoryLink driver, MemoryLink device) {
    }

    @Override
    public SimUri uri() {
        return uri;
    }

    @Override
    public InputStream input() {
        return input;
    }

    @Override
    public OutputStream output() {
        return output;
    }

    @Override
    public void readTimeout(Duration timeout) {
        this.timeout = Links.positive(timeout);
    }

    @Override
    public boolean isOpen() {
        return !outgoing.isClosed();
    }

    @Override
    public void close() {
        outgoing.close();
        incoming.close();
    }

    private final class Input extends InputStream {
        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = incoming.read(one, 0, 1, timeout);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            return length == 0 ? 0 : incoming.read(bytes, offset, length, timeout);
        }

        @Override
        public int available() {
            return incoming.available();
        }
    }

    private final class Output extends OutputStream {
        @Override
        public void write(int b) throws IOException {
            outgoing.write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            Objects.checkFromIndexSize(offset, length, bytes.length);
            outgoing.write(bytes, offset, length);
        }
    }
}
