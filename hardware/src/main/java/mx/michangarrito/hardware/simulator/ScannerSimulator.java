package mx.michangarrito.hardware.simulator;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import mx.michangarrito.hardware.scanner.ScannerFraming;
import mx.michangarrito.hardware.scanner.WedgeClassifier;
import mx.michangarrito.hardware.scanner.WedgeScan;
import mx.michangarrito.hardware.transport.Link;

/**
 * A barcode scanner that "scans" on command: over a serial link it writes the code framed as a real
 * scanner does (prefix, code, suffix); as a keyboard wedge it types the code into a
 * {@link WedgeClassifier} at scanner speed.
 */
public final class ScannerSimulator implements AutoCloseable {

    private final Link link;
    private final ScannerFraming framing;

    /**
     * A scanner writing to the device end of a link (a pty or an in-memory link).
     *
     * @param link    the device end
     * @param framing the prefix and suffix to send
     */
    public ScannerSimulator(Link link, ScannerFraming framing) {
        this.link = Objects.requireNonNull(link, "link");
        this.framing = Objects.requireNonNull(framing, "framing");
    }

    /**
     * Sends one code, framed.
     *
     * @param code the code, printable ASCII
     * @throws IOException if the link is gone
     */
    public void scan(String code) throws IOException {
        OutputStream out = link.output();
        out.write((framing.prefix() + code).getBytes(StandardCharsets.US_ASCII));
        out.write(framing.suffix().bytes());
        out.flush();
    }

    /**
     * Sends bytes as they are: half a scan, noise, a wrong suffix.
     *
     * @param bytes what to send
     * @throws IOException if the link is gone
     */
    public void sendRaw(byte[] bytes) throws IOException {
        link.output().write(bytes);
        link.output().flush();
    }

    /** Unplugs the simulated scanner: closes its end of the link. */
    @Override
    public void close() throws IOException {
        link.close();
    }

    /**
     * Types a code and Enter into a wedge classifier, one keystroke every {@code gap}, as a
     * keyboard-wedge scanner does.
     *
     * @param classifier  the classifier the UI would feed
     * @param code        the code
     * @param startNanos  the timestamp of the first keystroke
     * @param gap         the time between keystrokes (scanners: 7–16 ms)
     * @return what the classifier answered to the Enter
     */
    public static Optional<WedgeScan> typeInto(WedgeClassifier classifier, String code, long startNanos, Duration gap) {
        long at = startNanos;
        for (char c : code.toCharArray()) {
            Optional<WedgeScan> early = classifier.accept(c, at);
            if (early.isPresent()) {
                return early;
            }
            at += gap.toNanos();
        }
        return classifier.accept('\r', at);
    }
}
