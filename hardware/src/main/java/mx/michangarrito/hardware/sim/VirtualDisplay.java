package mx.michangarrito.hardware.sim;

import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import mx.michangarrito.hardware.receipt.CodeTable;
import mx.michangarrito.hardware.transport.Link;

/**
 * A 2×20 pole display in software that understands both Epson DM-D and CD5220 commands and shows
 * what a customer would read, for tests and demo mode. Text is read in CP437.
 */
public final class VirtualDisplay implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(VirtualDisplay.class.getName());
    private static final int COLUMNS = 20;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final char[][] screen = new char[2][COLUMNS];
    private int row;
    private int column;
    private int brightness = 4;
    private Thread thread;
    private ServerSocket server;

    /** A blank display. */
    public VirtualDisplay() {
        clear();
    }

    /**
     * Starts accepting TCP connections on the loopback interface, one at a time, as an in-process
     * stand-in for the serial port.
     *
     * @return the port
     * @throws IOException if no port can be bound
     */
    public int listen() throws IOException {
        ServerSocket socket = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        server = socket;
        thread = Thread.ofPlatform().daemon().name("virtual-display-" + socket.getLocalPort()).start(() -> {
            while (!socket.isClosed()) {
                try (Socket client = socket.accept()) {
                    serve(client.getInputStream());
                } catch (IOException e) {
                    LOG.log(Level.DEBUG, "virtual display connection ended", e);
                }
            }
        });
        return socket.getLocalPort();
    }

    /**
     * Reads a link in the background (e.g. the device end of a pty pair) until it closes.
     *
     * @param link the link
     */
    public void serve(Link link) {
        thread = Thread.ofPlatform().daemon().name("virtual-display-" + link.uri()).start(() -> {
            try (link) {
                serve(new PatientInput(link.input()));
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "virtual display link ended", e);
            }
        });
    }

    /**
     * Reads commands on the calling thread until the stream ends.
     *
     * @param in the bytes sent to the display
     * @throws IOException if reading fails
     */
    public void serve(InputStream in) throws IOException {
        int b;
        while ((b = in.read()) >= 0) {
            lock.lock();
            try {
                command(b, in);
                changed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }

    /** @return the two lines shown, 20 characters each */
    public List<String> lines() {
        lock.lock();
        try {
            return List.of(new String(screen[0]), new String(screen[1]));
        } finally {
            lock.unlock();
        }
    }

    /** @return the brightness last set with {@code US X n}, 1 to 4 */
    public int brightness() {
        lock.lock();
        try {
            return brightness;
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until the display shows the given lines.
     *
     * @param upper   the upper line, trailing spaces ignored
     * @param lower   the lower line, trailing spaces ignored
     * @param timeout the longest wait
     * @return whether it did
     * @throws InterruptedException if interrupted
     */
    public boolean awaitLines(String upper, String lower, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (!(new String(screen[0]).stripTrailing().equals(upper.stripTrailing())
                    && new String(screen[1]).stripTrailing().equals(lower.stripTrailing()))) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Stops reading a served link. */
    @Override
    public void close() {
        if (server != null) {
            try {
                server.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing the virtual display's socket", e);
            }
        }
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void command(int b, InputStream in) throws IOException {
        switch (b) {
            case 0x0C -> clear();
            case 0x0B -> {
                row = 0;
                column = 0;
            }
            case 0x0D -> column = 0;
            case 0x0A -> row = Math.min(1, row + 1);
            case 0x1B -> escape(in);
            case 0x1F -> unit(in);
            default -> {
                if (b >= 0x20) {
                    put(b);
                }
            }
        }
    }

    private void escape(InputStream in) throws IOException {
        int command = read(in);
        if (command == '@') {
            clear();
            brightness = 4;
        } else if (command == 'Q') { // CD5220: ESC Q A|B <text> CR
            int which = read(in);
            row = which == 'B' ? 1 : 0;
            column = 0;
            Arrays.fill(screen[row], ' ');
            int c;
            while ((c = read(in)) != 0x0D) {
                put(c);
            }
        }
    }

    private void unit(InputStream in) throws IOException {
        int command = read(in);
        if (command == '$') { // DM-D: US $ x y, 1-based
            column = Math.clamp(read(in) - 1, 0, COLUMNS - 1);
            row = Math.clamp(read(in) - 1, 0, 1);
        } else if (command == 'X') {
            brightness = read(in);
        }
    }

    private void put(int b) {
        if (column >= COLUMNS) {
            if (row == 0) {
                row = 1;
                column = 0;
            } else {
                return;
            }
        }
        screen[row][column++] = new String(new byte[] {(byte) b}, CodeTable.CP437.charset()).charAt(0);
    }

    private void clear() {
        for (char[] line : screen) {
            Arrays.fill(line, ' ');
        }
        row = 0;
        column = 0;
    }

    private static int read(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new java.io.EOFException("The stream ended inside a display command");
        }
        return b;
    }
}
