package mx.michangarrito.hardware.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

/**
 * Two connected virtual serial ports made by {@code socat} (apt package {@code socat}): bytes written
 * to one end are read at the other, as on a null-modem cable. Tests open one end as the "device" side
 * (a simulator) and the other through the driver under test, by path. desktop-pos's serial tests use it
 * too, through this module's test-jar.
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
     * Starts socat and waits until both ends exist.
     *
     * @param dir where to put the two links ({@code ttyA}, {@code ttyB}), e.g. a {@code @TempDir}
     * @return the running pair
     * @throws IOException if socat is missing or the ports do not appear within 5 s
     */
    public static PtyPair start(Path dir) throws IOException {
        Path a = dir.resolve("ttyA");
        Path b = dir.resolve("ttyB");
        Process socat = new ProcessBuilder("socat", "-d", "-d",
                "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile())
                .start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        while (!(Files.exists(a) && Files.exists(b))) {
            if (!socat.isAlive() || Instant.now().isAfter(deadline)) {
                socat.destroyForcibly();
                throw new IOException("socat did not create the pty pair: " + Files.readString(dir.resolve("socat.log")));
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

    /** @return the path of the first end */
    public Path a() {
        return a;
    }

    /** @return the path of the second end */
    public Path b() {
        return b;
    }

    /** Stops socat: both ends disappear, as when a USB-serial cable is pulled. */
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
