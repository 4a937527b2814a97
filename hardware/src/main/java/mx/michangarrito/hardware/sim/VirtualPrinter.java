package mx.michangarrito.hardware.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import mx.michangarrito.hardware.device.DrawerPolarity;
import mx.michangarrito.hardware.device.PaperLevel;
import mx.michangarrito.hardware.device.PrinterStatus;
import mx.michangarrito.hardware.printer.StatusBytes;
import mx.michangarrito.hardware.transport.Link;

/**
 * An ESC/POS receipt printer in software, for tests and demo mode. It decodes what it receives into
 * {@link PrintedReceipt}s (text in the selected code table, styles, barcodes, QR payloads, images,
 * cuts) and {@link DrawerKick}s, and answers {@code DLE EOT n} from a state the test sets: paper near
 * end or out, cover open, offline, drawer open.
 *
 * <p>Like a real printer, while it cannot print (offline, cover open, paper out) it keeps what it
 * receives and prints it once it can, and it still answers real-time commands. It can also go
 * {@link #silent(boolean) silent} or {@link #dropConnectionAfter(long) drop the connection}.
 *
 * <p>It serves one connection at a time over TCP ({@link #listen()}) or over any byte link such as
 * one end of a socat pty pair ({@link #serve(Link)}).
 */
public final class VirtualPrinter implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(VirtualPrinter.class.getName());

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Paper paper = new Paper(Paper.epsonTables());
    private final List<PrintOp> held = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private final DrawerPolarity polarity;
    private final List<ServerSocket> servers = new ArrayList<>();
    private boolean offline;
    private boolean coverOpen;
    private PaperLevel paperLevel = PaperLevel.OK;
    private boolean drawerOpen;
    private boolean silent;
    private long dropAfter = -1;
    private long statusQueries;
    private int unknownCommands;
    private volatile boolean closed;

    /** A ready printer whose drawer sensor reads high when open. */
    public VirtualPrinter() {
        this(DrawerPolarity.OPEN_WHEN_HIGH);
    }

    /**
     * A ready printer.
     *
     * @param polarity how its drawer sensor reports an open drawer
     */
    public VirtualPrinter(DrawerPolarity polarity) {
        this.polarity = polarity;
    }

    /**
     * Starts accepting TCP connections on the loopback interface, one at a time.
     *
     * @return the port
     * @throws IOException if no port can be bound
     */
    public int listen() throws IOException {
        ServerSocket socket = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
        lock.lock();
        try {
            servers.add(socket);
            threads.add(Thread.ofPlatform().daemon().name("virtual-printer-" + socket.getLocalPort())
                    .start(() -> accept(socket)));
        } finally {
            lock.unlock();
        }
        return socket.getLocalPort();
    }

    /**
     * Serves a byte link in the background (e.g. the device end of a pty pair) until it closes.
     *
     * @param link the link
     */
    public void serve(Link link) {
        lock.lock();
        try {
            threads.add(Thread.ofPlatform().daemon().name("virtual-printer-" + link.uri())
                    .start(() -> serveQuietly(new PatientInput(link.input()), link.output(), link)));
        } finally {
            lock.unlock();
        }
    }

    /**
     * Decodes a byte stream on the calling thread until it ends, answering status queries on {@code out}.
     *
     * @param in  bytes to the printer
     * @param out answers from the printer
     * @throws IOException if reading or answering fails
     */
    public void serve(InputStream in, OutputStream out) throws IOException {
        new PrinterSession(this, in, out).run();
    }

    // ---- the state a test sets ----

    /** Starts in Chinese (Kanji) mode like many Chinese clones: until {@code FS .}, ñ prints as Chinese. */
    public void chineseModeAtPowerOn() {
        update(paper::chineseAtPowerOn);
    }

    /** @param value whether the paper is out (the printer then goes offline) */
    public void paperOut(boolean value) {
        update(() -> paperLevel = value ? PaperLevel.OUT : PaperLevel.OK);
    }

    /** @param value whether the paper is near its end (the printer still prints) */
    public void paperNearEnd(boolean value) {
        update(() -> paperLevel = value ? PaperLevel.NEAR_END : PaperLevel.OK);
    }

    /** @param value whether the cover is open (the printer then goes offline) */
    public void coverOpen(boolean value) {
        update(() -> coverOpen = value);
    }

    /** @param value whether the printer is offline for another reason */
    public void offline(boolean value) {
        update(() -> offline = value);
    }

    /** @param value whether the drawer is open (a pulse opens it; a test closes it) */
    public void drawerOpen(boolean value) {
        update(() -> drawerOpen = value);
    }

    /** @param value whether the printer stops answering status queries (it still takes data) */
    public void silent(boolean value) {
        update(() -> silent = value);
    }

    /**
     * Drops the current connection once it has received this many more bytes.
     *
     * @param bytes bytes still accepted, at least 0
     */
    public void dropConnectionAfter(long bytes) {
        update(() -> dropAfter = bytes);
    }

    // ---- what a test reads ----

    /** @return the status the printer answers now */
    public PrinterStatus status() {
        return locked(() -> currentStatus());
    }

    /** @return the pieces of paper cut off so far, oldest first */
    public List<PrintedReceipt> receipts() {
        return locked(() -> paper.cutOff());
    }

    /** @return what is printed but not yet cut */
    public PrintedReceipt onPrinter() {
        return locked(() -> paper.onPrinter());
    }

    /** @return every drawer pulse received, oldest first */
    public List<DrawerKick> drawerKicks() {
        return locked(() -> paper.kicks());
    }

    /** @return how many commands were held because the printer could not print */
    public int heldCommands() {
        return locked(() -> held.size());
    }

    /** @return how many {@code DLE EOT} queries arrived */
    public long statusQueries() {
        return locked(() -> statusQueries);
    }

    /** @return how many commands were not understood */
    public int unknownCommands() {
        return locked(() -> unknownCommands);
    }

    /**
     * Waits until at least {@code count} pieces were cut off.
     *
     * @param count   pieces
     * @param timeout the longest wait
     * @return whether they were
     * @throws InterruptedException if interrupted
     */
    public boolean awaitReceipts(int count, Duration timeout) throws InterruptedException {
        return await(() -> paper.cutOff().size() >= count, timeout);
    }

    /**
     * Waits until at least {@code count} drawer pulses arrived.
     *
     * @param count   pulses
     * @param timeout the longest wait
     * @return whether they did
     * @throws InterruptedException if interrupted
     */
    public boolean awaitDrawerKicks(int count, Duration timeout) throws InterruptedException {
        return await(() -> paper.kicks().size() >= count, timeout);
    }

    private <T> T locked(java.util.function.Supplier<T> read) {
        lock.lock();
        try {
            return read.get();
        } finally {
            lock.unlock();
        }
    }

    private boolean await(java.util.function.BooleanSupplier done, Duration timeout) throws InterruptedException {
        long nanos = timeout.toNanos();
        lock.lock();
        try {
            while (!done.getAsBoolean()) {
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

    /** Stops listening and serving. */
    @Override
    public void close() {
        closed = true;
        lock.lock();
        try {
            for (ServerSocket server : servers) {
                server.close();
            }
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "closing the virtual printer's socket", e);
        } finally {
            lock.unlock();
        }
        threads.forEach(Thread::interrupt);
    }

    private PrinterStatus currentStatus() {
        boolean online = !offline && !coverOpen && paperLevel != PaperLevel.OUT;
        boolean pinHigh = drawerOpen == (polarity == DrawerPolarity.OPEN_WHEN_HIGH);
        return new PrinterStatus(online, coverOpen, paperLevel, pinHigh, false, false, false, false);
    }

    private void update(Runnable change) {
        lock.lock();
        try {
            change.run();
            if (currentStatus().readyToPrint()) {
                held.forEach(this::print);
                held.clear();
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void print(PrintOp op) {
        paper.apply(op);
        if (op instanceof PrintOp.Pulse) {
            drawerOpen = true;
        }
    }

    private void accept(ServerSocket socket) {
        while (!closed) {
            try (Socket client = socket.accept()) {
                serve(client.getInputStream(), client.getOutputStream());
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "virtual printer connection ended", e);
            }
        }
    }

    private void serveQuietly(InputStream in, OutputStream out, Link link) {
        try (link) {
            serve(in, out);
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "virtual printer link ended", e);
        }
    }

    // ---- what a connection does (see PrinterSession) ----

    /** The answer to {@code DLE EOT n}, or -1 when silent. */
    int answer(int n) {
        lock.lock();
        try {
            statusQueries++;
            return silent || n < 1 || n > 4 ? -1 : StatusBytes.encode(currentStatus())[n - 1];
        } finally {
            lock.unlock();
        }
    }

    void realTimeKick(int m, int t) {
        lock.lock();
        try {
            paper.realTimeKick(m, t);
            drawerOpen = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void received(PrintOp op) {
        lock.lock();
        try {
            if (currentStatus().readyToPrint()) {
                print(op);
            } else {
                held.add(op);
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void notUnderstood() {
        lock.lock();
        try {
            unknownCommands++;
        } finally {
            lock.unlock();
        }
    }

    /**
     * How many of {@code wanted} bytes the connection may still take.
     *
     * @return 0 to wanted; -1 when the connection must drop now
     */
    long allowance(int wanted) {
        lock.lock();
        try {
            if (dropAfter == 0) {
                dropAfter = -1;
                return -1;
            }
            if (dropAfter < 0) {
                return wanted;
            }
            long allowed = Math.min(wanted, dropAfter);
            dropAfter -= allowed;
            return allowed;
        } finally {
            lock.unlock();
        }
    }

    void unused(int bytes) {
        lock.lock();
        try {
            if (dropAfter >= 0) {
                dropAfter += bytes;
            }
        } finally {
            lock.unlock();
        }
    }
}
