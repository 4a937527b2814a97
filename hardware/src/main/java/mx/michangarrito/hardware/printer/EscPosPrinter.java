package mx.michangarrito.hardware.printer;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import mx.michangarrito.hardware.device.AbstractDevice;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.DeviceKind;
import mx.michangarrito.hardware.device.DeviceState;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.DrawerState;
import mx.michangarrito.hardware.device.FileUri;
import mx.michangarrito.hardware.device.HealthReport;
import mx.michangarrito.hardware.device.PaperLevel;
import mx.michangarrito.hardware.device.PrinterStatus;
import mx.michangarrito.hardware.device.PrinterStatusChanged;
import mx.michangarrito.hardware.device.Reconnected;
import mx.michangarrito.hardware.device.SerialUri;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.device.SpoolerUri;
import mx.michangarrito.hardware.device.TcpUri;
import mx.michangarrito.hardware.receipt.EscPosRenderer;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.text.HardwareMessage;
import mx.michangarrito.hardware.transport.Links;

/**
 * A receipt printer speaking ESC/POS over TCP, serial, a USB device file, the OS spooler, or a link
 * to a simulator. Claiming opens the link; a link lost later is reported ({@link Disconnected}) and
 * reopened by the next send or status read ({@link Reconnected}). A status query left unanswered also
 * closes the link, so a serial adapter unplugged and plugged back (a new device under the same name)
 * is reopened. Link operations are serialised.
 */
public final class EscPosPrinter extends AbstractDevice implements ReceiptPrinter {

    private static final System.Logger LOG = System.getLogger(EscPosPrinter.class.getName());
    static final String MESSAGES = "mx.michangarrito.hardware.printer.messages";

    private final PrinterSettings settings;
    private final ChannelOpener opener;
    private final EscPosRenderer renderer;
    private final ReentrantLock io = new ReentrantLock();
    private PrinterChannel channel;
    private boolean lost;
    private volatile PrinterStatus lastStatus;

    /**
     * A printer at a tcp, serial, file or spooler address.
     *
     * @param name     the configured name, e.g. {@code "printer"}
     * @param uri      where it is; {@code sim:} needs a link, see {@link #EscPosPrinter(String, DeviceUri, PrinterSettings, LinkOpener, Clock)}
     * @param settings profile, drawer polarity, timeout
     * @param clock    time source for events
     * @throws IllegalArgumentException for a {@code sim:} address
     */
    public EscPosPrinter(String name, DeviceUri uri, PrinterSettings settings, Clock clock) {
        this(name, uri, settings, openerFor(uri), clock);
    }

    /**
     * A printer reached through the given link, e.g. a simulator's.
     *
     * @param name     the configured name
     * @param uri      the address it is known by
     * @param settings profile, drawer polarity, timeout
     * @param links    opens the link to it
     * @param clock    time source for events
     */
    public EscPosPrinter(String name, DeviceUri uri, PrinterSettings settings, LinkOpener links, Clock clock) {
        this(name, uri, settings, (ChannelOpener) timeout -> new LinkChannel(links.open(timeout)), clock);
    }

    private EscPosPrinter(String name, DeviceUri uri, PrinterSettings settings, ChannelOpener opener, Clock clock) {
        super(name, DeviceKind.RECEIPT_PRINTER, uri, clock);
        this.settings = Objects.requireNonNull(settings, "settings");
        this.opener = opener;
        this.renderer = new EscPosRenderer(settings.profile());
    }

    private static ChannelOpener openerFor(DeviceUri uri) {
        return switch (uri) {
            case TcpUri tcp -> timeout -> new LinkChannel(Links.open(tcp, timeout));
            case SerialUri serial -> timeout -> new LinkChannel(Links.open(serial, timeout));
            case FileUri file -> timeout -> new LinkChannel(Links.open(file, timeout));
            case SpoolerUri spooler -> timeout -> SpoolerChannel.open(spooler);
            case SimUri sim -> throw new IllegalArgumentException(sim + " is a simulator: build it with OutputDevices");
        };
    }

    @Override
    public PrinterSettings settings() {
        return settings;
    }

    @Override
    public Optional<PrinterStatus> readStatus() {
        io.lock();
        try {
            PrinterChannel link = channel();
            if (!link.twoWay() || !settings.readsStatus()) {
                return Optional.empty();
            }
            int[] answers = new int[4];
            for (int n = 1; n <= 4; n++) {
                answers[n - 1] = link.query(n, settings.answerTimeout());
                if (!StatusBytes.isStatusByte(answers[n - 1])) {
                    throw failure("printer.badAnswer", new IOException(
                            String.format("Not an ESC/POS status byte: 0x%02X", answers[n - 1])));
                }
            }
            PrinterStatus status = StatusBytes.decode(answers[0], answers[1], answers[2], answers[3]);
            if (!status.equals(lastStatus)) {
                lastStatus = status;
                emit(new PrinterStatusChanged(name(), clock().instant(), status, status.drawer(settings.drawerPolarity())));
            }
            reportHealth(health(status));
            return Optional.of(status);
        } catch (InterruptedIOException e) {
            LOG.log(Level.DEBUG, () -> name() + " did not answer a status query", e);
            // A serial port or USB device file may have been unplugged and come back as a new device
            // under the same name, and a stuck socket never recovers: the next use opens a fresh link.
            dropChannel(e);
            throw failure("printer.noAnswer", e, settings.answerTimeout().toMillis() / 1000.0);
        } catch (IOException e) {
            throw lose(e);
        } finally {
            io.unlock();
        }
    }

    @Override
    public void send(byte[] escPos) {
        io.lock();
        try {
            channel().send(escPos);
        } catch (IOException e) {
            throw lose(e);
        } finally {
            io.unlock();
        }
    }

    @Override
    public void print(ReceiptDocument document) {
        send(renderer.render(document));
    }

    @Override
    public DrawerState drawerState() {
        PrinterStatus status = lastStatus;
        return status == null ? DrawerState.UNKNOWN : status.drawer(settings.drawerPolarity());
    }

    @Override
    protected void onClaim(Duration timeout) throws IOException {
        io.lock();
        try {
            channel = opener.open(timeout);
            lost = false;
        } catch (SpoolerChannel.PrinterNotFoundException e) {
            throw new DeviceException(text("printer.notFound", String.join(", ", SpoolerChannel.printerNames())), e);
        } finally {
            io.unlock();
        }
    }

    @Override
    protected void onRelease() throws IOException {
        io.lock();
        try {
            if (channel != null) {
                channel.close();
            }
        } finally {
            channel = null;
            lastStatus = null;
            io.unlock();
        }
    }

    @Override
    protected HealthReport probeHealth() {
        io.lock();
        try {
            if (channel != null && !channel.twoWay()) {
                return new HealthReport(DeviceHealth.UNKNOWN, text("printer.statusUnknown"), clock().instant());
            }
            if (!settings.readsStatus()) {
                return new HealthReport(DeviceHealth.UNKNOWN, text("printer.statusNotRead"), clock().instant());
            }
        } finally {
            io.unlock();
        }
        try {
            return readStatus().map(this::health)
                    .orElseGet(() -> new HealthReport(DeviceHealth.UNKNOWN, text("printer.statusUnknown"), clock().instant()));
        } catch (DeviceException e) {
            return new HealthReport(DeviceHealth.FAILED, e.userMessage(), clock().instant());
        }
    }

    private HealthReport health(PrinterStatus status) {
        String key = problemKey(status);
        DeviceHealth health = switch (key) {
            case "printer.ready" -> DeviceHealth.OK;
            case "printer.paperNearEnd" -> DeviceHealth.WARNING;
            default -> DeviceHealth.FAILED;
        };
        return new HealthReport(health, text(key), clock().instant());
    }

    /** The message key that names a status's most pressing problem, or {@code printer.ready}. */
    static String problemKey(PrinterStatus status) {
        if (status.coverOpen()) {
            return "printer.coverOpen";
        } else if (status.paper() == PaperLevel.OUT) {
            return "printer.paperOut";
        } else if (status.cutterError() || status.unrecoverableError() || status.recoverableError()) {
            return "printer.error";
        } else if (!status.online()) {
            return "printer.offline";
        } else if (status.paper() == PaperLevel.NEAR_END) {
            return "printer.paperNearEnd";
        }
        return "printer.ready";
    }

    /** The open channel, reopened if it was lost. Call with {@link #io} held. */
    private PrinterChannel channel() throws IOException {
        DeviceState now = state();
        if (now != DeviceState.CLAIMED && now != DeviceState.ENABLED) {
            throw new DeviceException(message("device.notClaimed"));
        }
        if (channel == null) {
            channel = opener.open(PrinterSettings.CONNECT_TIMEOUT);
            if (lost) {
                lost = false;
                emit(new Reconnected(name(), clock().instant()));
            }
        }
        return channel;
    }

    /** Drops a failed link, says so once, and gives the exception to throw. Call with {@link #io} held. */
    private DeviceException lose(IOException cause) {
        LOG.log(lost ? Level.DEBUG : Level.WARNING, () -> "Link to " + name() + " (" + uri() + ") failed", cause);
        dropChannel(cause);
        HardwareMessage reason = text("printer.sendFailed");
        if (!lost) {
            lost = true;
            emit(new Disconnected(name(), clock().instant(), reason));
            reportHealth(new HealthReport(DeviceHealth.FAILED, reason, clock().instant()));
        }
        return new DeviceException(reason, cause);
    }

    /** Closes the channel so the next use reopens it. Call with {@link #io} held. */
    private void dropChannel(IOException cause) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                cause.addSuppressed(e);
            }
            channel = null;
            lastStatus = null;
        }
    }

    private DeviceException failure(String key, IOException cause, Object... more) {
        HardwareMessage reason = text(key, more);
        reportHealth(new HealthReport(DeviceHealth.FAILED, reason, clock().instant()));
        return new DeviceException(reason, cause);
    }

    /** A message from the printer bundle: {0} name, {1} address, then {@code more}. */
    HardwareMessage text(String key, Object... more) {
        Object[] args = new Object[more.length + 2];
        args[0] = name();
        args[1] = uri().toString();
        System.arraycopy(more, 0, args, 2, more.length);
        return HardwareMessage.of(MESSAGES, key, args);
    }

    /** Opens the channel of one transport. */
    @FunctionalInterface
    private interface ChannelOpener {
        PrinterChannel open(Duration timeout) throws IOException;
    }
}
