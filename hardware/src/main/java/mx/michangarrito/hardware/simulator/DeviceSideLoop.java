package mx.michangarrito.hardware.simulator;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import mx.michangarrito.hardware.transport.Link;

/**
 * The reading thread of a simulator: takes bytes from the device end of a link and hands each to
 * {@link #onByte(int)} until closed or the link is gone.
 */
abstract class DeviceSideLoop implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DeviceSideLoop.class.getName());
    private static final Duration POLL = Duration.ofMillis(100);

    /** The device end of the link. */
    protected final Link link;
    private final Thread thread;
    private volatile boolean running = true;

    DeviceSideLoop(Link link, String threadName) {
        this.link = link;
        this.thread = Thread.ofPlatform().daemon().name(threadName).unstarted(this::loop);
    }

    /** Starts reading; call once, after construction is complete. */
    final void begin() {
        thread.start();
    }

    /**
     * Handles one byte from the driver.
     *
     * @param b the byte, 0 to 255
     * @throws IOException if answering fails
     */
    protected abstract void onByte(int b) throws IOException;

    private void loop() {
        try {
            link.readTimeout(POLL);
        } catch (IOException e) {
            // a pty with parity refuses new timeouts once open; the one it was opened with stays
            LOG.log(Level.DEBUG, () -> "simulator " + thread.getName() + " keeps its link's read timeout: " + e);
        }
        try {
            while (running) {
                int b;
                try {
                    b = link.input().read();
                } catch (InterruptedIOException timeout) {
                    continue;
                }
                if (b < 0) {
                    return;
                }
                onByte(b);
            }
        } catch (IOException | RuntimeException e) {
            if (running) {
                LOG.log(Level.DEBUG, () -> "simulator " + thread.getName() + " stopped: " + e);
            }
        }
    }

    /**
     * Whether the simulator's thread still runs.
     *
     * @return false once closed or the link is gone
     */
    public final boolean running() {
        return thread.isAlive();
    }

    /** Stops the simulator and closes its end of the link, as when the device is unplugged. */
    @Override
    public void close() throws IOException {
        running = false;
        link.close();
        if (Thread.currentThread() != thread) {
            try {
                thread.join(POLL.multipliedBy(20).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
