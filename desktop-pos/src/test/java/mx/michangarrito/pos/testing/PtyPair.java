package mx.michangarrito.pos.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Two connected virtual serial ports made by {@code socat} (apt package {@code socat}), as the hardware
 * module's tests use (its test classes are not shared with this module): bytes written to one end are read
 * at the other, as on a null-modem cable. The counter opens {@link #a()} by path; a simulator plays the
 * device on {@link #b()}.
 */
public final class PtyPair implements AutoCloseable {

    private final Process socat;
    private final Path a;
    private final Path b;

    private PtyPair(Process socat, Path a, Path b) {
        this.socat = socat;
        this.a = a;
        this.b = b;
    }

    /**
     * Starts socat and waits (at most 5 s) until both ends exist.
     *
     * @param dir where to put the two links ({@code ttyA}, {@code ttyB})
     * @throws IOException if socat is missing or the ports do not appear
     */
    public static PtyPair start(Path dir) throws IOException {
        Path a = dir.resolve("ttyA");
        Path b = dir.resolve("ttyB");
        Path log = dir.resolve("socat.log");
        Process socat = new ProcessBuilder("socat", "-d", "-d", "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!(Files.exists(a) && Files.exists(b))) {
            if (!socat.isAlive() || System.nanoTime() > end) {
                socat.destroyForcibly();
                throw new IOException("socat did not create the pty pair: " + Files.readString(log));
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                socat.destroyForcibly();
                throw new IOException("interrupted while starting socat", e);
            }
        }
        return new PtyPair(socat, a, b);
    }

    /** The end the counter opens. */
    public Path a() {
        return a;
    }

    /** The end the simulated device writes to. */
    public Path b() {
        return b;
    }

    /** Stops socat: both ends disappear. */
    @Override
    public void close() {
        socat.destroy();
        try {
            if (!socat.waitFor(2, TimeUnit.SECONDS)) {
                socat.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            socat.destroyForcibly();
        }
    }
}
