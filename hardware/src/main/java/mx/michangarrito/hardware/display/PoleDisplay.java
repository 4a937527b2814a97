package mx.michangarrito.hardware.display;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.locks.ReentrantLock;
import mx.michangarrito.hardware.device.AbstractDevice;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.DeviceKind;
import mx.michangarrito.hardware.device.DeviceState;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.HealthReport;
import mx.michangarrito.hardware.device.Reconnected;
import mx.michangarrito.hardware.printer.LinkOpener;
import mx.michangarrito.hardware.receipt.CodeTable;
import mx.michangarrito.hardware.receipt.PrintableText;
import mx.michangarrito.hardware.text.HardwareMessage;
import mx.michangarrito.hardware.transport.Link;

/**
 * A 2×20 VFD pole display on a serial port (or a simulator's link), speaking Epson DM-D or CD5220.
 * Text is encoded in the display's code table (CP437 on most), unprintable characters replaced
 * visibly. Write-only: a display does not answer, so its health is what the last write showed.
 */
public final class PoleDisplay extends AbstractDevice implements CustomerDisplay {

    private static final System.Logger LOG = System.getLogger(PoleDisplay.class.getName());

    private final DisplayCommandSet commands;
    private final PrintableText text;
    private final Locale locale;
    private final LinkOpener opener;
    private final Duration timeout;
    private final ReentrantLock io = new ReentrantLock();
    private Link link;
    private boolean lost;
    private boolean lastWriteFailed;

    /**
     * A display.
     *
     * @param name     the configured name, e.g. {@code "display"}
     * @param uri      where it is
     * @param commands its command set
     * @param table    its character table
     * @param locale   the customer's language, for the labels
     * @param opener   opens its link, again after a loss
     * @param timeout  how long to wait for the link
     * @param clock    time source for events
     */
    public PoleDisplay(String name, DeviceUri uri, DisplayCommandSet commands, CodeTable table, Locale locale,
            LinkOpener opener, Duration timeout, Clock clock) {
        super(name, DeviceKind.CUSTOMER_DISPLAY, uri, clock);
        this.commands = commands;
        this.text = new PrintableText(table);
        this.locale = locale;
        this.opener = opener;
        this.timeout = timeout;
    }

    @Override
    public boolean show(DisplayLines lines) {
        return write(commands.lines(text.encode(lines.upper()), text.encode(lines.lower())));
    }

    @Override
    public boolean showTotal(String total, String change) {
        return show(DisplayLines.total(total, change, locale));
    }

    @Override
    public boolean showWelcome(String shopName) {
        ResourceBundle labels = ResourceBundle.getBundle(DisplayLines.MESSAGES, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String welcome = labels.getString("display.welcome");
        return show(new DisplayLines(center(welcome), center(shopName)));
    }

    /**
     * Dims or brightens the display, where its command set can.
     *
     * @param level 1 (dimmest) to 4 (brightest)
     * @return whether the display got it; false also when the command set has no brightness
     */
    public boolean brightness(int level) {
        return commands.brightness(level).map(this::write).orElse(false);
    }

    private static String center(String line) {
        String trimmed = line.strip();
        int pad = Math.max(0, (DisplayCommandSet.COLUMNS - trimmed.length()) / 2);
        return " ".repeat(pad) + trimmed;
    }

    private boolean write(byte[] bytes) {
        io.lock();
        try {
            DeviceState now = state();
            if (now != DeviceState.CLAIMED && now != DeviceState.ENABLED) {
                return false;
            }
            if (link == null) {
                link = opener.open(timeout);
                send(commands.init());
                if (lost) {
                    lost = false;
                    emit(new Reconnected(name(), clock().instant()));
                }
            }
            send(bytes);
            lastWriteFailed = false;
            return true;
        } catch (IOException e) {
            LOG.log(Level.WARNING, () -> "Display " + name() + " (" + uri() + ") failed", e);
            closeLink();
            lastWriteFailed = true;
            if (!lost) {
                lost = true;
                emit(new Disconnected(name(), clock().instant(), unreachable()));
            }
            return false;
        } finally {
            io.unlock();
        }
    }

    private void send(byte[] bytes) throws IOException {
        OutputStream out = link.output();
        out.write(bytes);
        out.flush();
    }

    @Override
    protected void onClaim(Duration claimTimeout) throws IOException {
        io.lock();
        try {
            link = opener.open(claimTimeout);
            send(commands.init());
            lost = false;
        } catch (IOException e) {
            closeLink();
            throw e;
        } finally {
            io.unlock();
        }
    }

    @Override
    protected void onRelease() {
        io.lock();
        try {
            closeLink();
        } finally {
            io.unlock();
        }
    }

    @Override
    protected HealthReport probeHealth() {
        return lastWriteFailed
                ? new HealthReport(DeviceHealth.FAILED, unreachable(), clock().instant())
                : new HealthReport(DeviceHealth.OK, message("device.ready"), clock().instant());
    }

    private HardwareMessage unreachable() {
        return HardwareMessage.of(DisplayLines.MESSAGES, "display.unreachable", name(), uri().toString());
    }

    private void closeLink() {
        if (link != null) {
            try {
                link.close();
            } catch (IOException e) {
                LOG.log(Level.DEBUG, "closing the display link", e);
            }
            link = null;
        }
    }
}
