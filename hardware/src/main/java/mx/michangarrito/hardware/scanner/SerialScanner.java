package mx.michangarrito.hardware.scanner;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import mx.michangarrito.hardware.device.AbstractDevice;
import mx.michangarrito.hardware.device.BarcodeScanned;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.DeviceKind;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.HealthReport;
import mx.michangarrito.hardware.device.Reconnected;
import mx.michangarrito.hardware.device.ScanRejected;
import mx.michangarrito.hardware.device.Symbology;
import mx.michangarrito.hardware.transport.Link;
import mx.michangarrito.hardware.transport.LinkOpener;
import mx.michangarrito.hardware.transport.Links;
import mx.michangarrito.hardware.transport.ReconnectingLink;

/**
 * A scanner on a serial or USB-CDC port ({@code /dev/ttyACM0}, {@code COM4}): a reader thread cuts
 * the bytes into codes with a {@link SuffixFramer}; the barcode type comes from the AIM identifier when
 * the scanner is set to send one ({@link ScannerFraming#aim()}), else from a {@link SymbologyInference}. When the port goes away (cable pulled) it sends
 * {@link Disconnected} (and {@link ScanRejected} for a scan cut in the middle), retries the port every
 * {@code retryEvery}, and sends {@link Reconnected} when it is back. It never throws while enabled.
 */
public final class SerialScanner extends AbstractDevice implements BarcodeScanner {

    private static final System.Logger LOG = System.getLogger(SerialScanner.class.getName());
    /** How often the reader wakes to notice a disable; the scanner itself may stay silent for hours. */
    private static final Duration POLL = Duration.ofMillis(200);

    private final ScannerFraming framing;
    private final SymbologyInference inference;
    private final ReconnectingLink link;
    private final Duration retryEvery;
    private volatile boolean reading;
    private Thread reader;

    /**
     * A scanner on a port opened by address.
     *
     * @param name       the configured name, e.g. {@code "scanner"}
     * @param uri        the port, e.g. {@code serial:/dev/ttyACM0?baud=9600}
     * @param framing    prefix and suffix the scanner is set to send
     * @param clock      time source for events
     * @param retryEvery how long to wait between attempts to reopen a lost port
     */
    public SerialScanner(String name, DeviceUri uri, ScannerFraming framing, Clock clock, Duration retryEvery) {
        this(name, uri, framing, SymbologyInference.NONE, Links.opener(uri), clock, retryEvery);
    }

    /**
     * A scanner on a port opened by address, whose scans without an AIM identifier get the type
     * {@code inference} tells. A USB port that comes back under another name is found by its identity
     * ({@link Links#opener(DeviceUri)}).
     *
     * @param name       the configured name, e.g. {@code "scanner"}
     * @param uri        the port, e.g. {@code serial:/dev/ttyACM0?baud=9600}
     * @param framing    prefix, AIM identifier and suffix the scanner is set to send
     * @param inference  tells the barcode type from the code when the scanner does not say it
     * @param clock      time source for events
     * @param retryEvery how long to wait between attempts to reopen a lost port
     * @return the closed scanner
     */
    public static SerialScanner onPort(String name, DeviceUri uri, ScannerFraming framing, SymbologyInference inference,
            Clock clock, Duration retryEvery) {
        return new SerialScanner(name, uri, framing, inference, Links.opener(uri), clock, retryEvery);
    }

    /**
     * A scanner whose link comes from {@code opener} (a simulator in demo mode).
     *
     * @param name       the configured name
     * @param uri        the address shown to people
     * @param framing    prefix and suffix
     * @param opener     opens (and reopens) the link
     * @param clock      time source for events
     * @param retryEvery how long to wait between attempts to reopen a lost link
     */
    public SerialScanner(String name, DeviceUri uri, ScannerFraming framing, LinkOpener opener, Clock clock,
            Duration retryEvery) {
        this(name, uri, framing, SymbologyInference.NONE, opener, clock, retryEvery);
    }

    /**
     * A scanner whose link comes from {@code opener} and whose scans without an AIM identifier get the
     * type {@code inference} tells.
     *
     * @param name       the configured name
     * @param uri        the address shown to people
     * @param framing    prefix, AIM identifier and suffix
     * @param inference  tells the barcode type from the code when the scanner does not say it
     * @param opener     opens (and reopens) the link
     * @param clock      time source for events
     * @param retryEvery how long to wait between attempts to reopen a lost link
     */
    public SerialScanner(String name, DeviceUri uri, ScannerFraming framing, SymbologyInference inference,
            LinkOpener opener, Clock clock, Duration retryEvery) {
        super(name, DeviceKind.BARCODE_SCANNER, uri, clock);
        this.framing = Objects.requireNonNull(framing, "framing");
        this.inference = Objects.requireNonNull(inference, "inference");
        this.link = new ReconnectingLink(timeout -> withPollTimeout(opener.open(timeout)), POLL);
        this.retryEvery = Objects.requireNonNull(retryEvery, "retryEvery");
    }

    @Override
    protected void onClaim(Duration timeout) throws IOException {
        link.open(timeout);
    }

    @Override
    protected void onEnable() {
        reading = true;
        reader = Thread.ofPlatform().daemon().name("scanner " + name()).start(this::readLoop);
    }

    @Override
    protected void onDisable() throws IOException {
        reading = false;
        Thread stopping = reader;
        reader = null;
        if (stopping != null) {
            LockSupport.unpark(stopping);
            try {
                stopping.join(POLL.multipliedBy(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while stopping the scanner");
            }
        }
    }

    @Override
    protected void onRelease() throws IOException {
        link.close();
    }

    @Override
    protected HealthReport probeHealth() {
        boolean ok = link.isOpen();
        return new HealthReport(ok ? DeviceHealth.OK : DeviceHealth.FAILED,
                ScannerMessages.of(ok ? "scanner.ready" : "scanner.disconnected", name(), uri().toString()),
                clock().instant());
    }

    /**
     * Whether the reader thread is running; false once disabled.
     *
     * @return true while enabled
     */
    public boolean readerAlive() {
        Thread current = reader;
        return current != null && current.isAlive();
    }

    private void readLoop() {
        SuffixFramer framer = new SuffixFramer(framing);
        byte[] buffer = new byte[256];
        while (reading) {
            Link held = link.current();
            if (held == null) {
                reconnect();
                continue;
            }
            try {
                int n = held.input().read(buffer);
                if (n < 0) {
                    throw new EOFException("end of stream from " + uri());
                }
                for (ScanFrame frame : framer.accept(buffer, 0, n)) {
                    deliver(frame);
                }
            } catch (InterruptedIOException timeout) {
                // nothing scanned in this poll; look at the flag again
            } catch (IOException | RuntimeException e) {
                if (reading) {
                    lost(held, framer, e);
                }
            }
        }
    }

    private void deliver(ScanFrame frame) {
        switch (frame) {
            case ScanFrame.Code code -> emit(new BarcodeScanned(name(), clock().instant(), code.code(),
                    framing.aim() ? code.symbology() : inferred(code.code())));
            case ScanFrame.Rejected rejected -> emit(new ScanRejected(name(), clock().instant(), rejected.raw(),
                    ScannerMessages.of(rejected.reason().key(), name(), uri().toString(), printable(rejected.raw()))));
        }
    }

    /** What the inference tells; a failing inference costs the type, never the scan. */
    private Symbology inferred(String code) {
        try {
            return Objects.requireNonNull(inference.infer(code), "inferred symbology");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, () -> "Scanner " + name() + ": the symbology of " + code + " could not be inferred", e);
            return Symbology.UNKNOWN;
        }
    }

    private void lost(Link held, SuffixFramer framer, Exception cause) {
        LOG.log(Level.WARNING, () -> "Scanner " + name() + " (" + uri() + ") lost its link", cause);
        link.lost(held, () -> {
            framer.cut().ifPresent(this::deliver);
            var reason = ScannerMessages.of("scanner.disconnected", name(), uri().toString());
            emit(new Disconnected(name(), clock().instant(), reason));
            reportHealth(new HealthReport(DeviceHealth.FAILED, reason, clock().instant()));
        });
    }

    private void reconnect() {
        LockSupport.parkNanos(retryEvery.toNanos());
        if (!reading) {
            return;
        }
        try {
            link.usable(() -> {
                emit(new Reconnected(name(), clock().instant()));
                reportHealth(new HealthReport(DeviceHealth.OK,
                        ScannerMessages.of("scanner.ready", name(), uri().toString()), clock().instant()));
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "Scanner " + name() + " not back yet: " + e.getMessage());
        }
    }

    /** The scanner may stay silent for hours: reads wake every {@link #POLL} to notice a disable. */
    private static Link withPollTimeout(Link opened) throws IOException {
        opened.readTimeout(POLL);
        return opened;
    }

    /** Control characters made visible, so a garbled scan can be read in an error row. */
    static String printable(String raw) {
        StringBuilder out = new StringBuilder();
        raw.codePoints().forEach(c -> {
            if (c < 0x20 || c == 0x7F) {
                out.append(String.format("<%02X>", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
