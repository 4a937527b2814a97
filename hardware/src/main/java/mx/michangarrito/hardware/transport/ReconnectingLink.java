package mx.michangarrito.hardware.transport;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Objects;

/**
 * The link of a driver that survives a pulled cable: it holds the open link, forgets it when it is
 * lost, and opens a fresh one through the {@link LinkOpener} when the driver next needs it. A loss is
 * reported once until the link is back; what "reporting" means (events, health) is the driver's.
 *
 * <p>Callbacks run without this object's lock held. Safe for use from several threads.
 */
public final class ReconnectingLink {

    private static final System.Logger LOG = System.getLogger(ReconnectingLink.class.getName());

    private final LinkOpener opener;
    private final Duration reopenTimeout;
    private Link link;
    private boolean lost;

    /**
     * A link not opened yet.
     *
     * @param opener        opens (and reopens) the link
     * @param reopenTimeout the timeout given to {@code opener} when the link comes back
     */
    public ReconnectingLink(LinkOpener opener, Duration reopenTimeout) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.reopenTimeout = Objects.requireNonNull(reopenTimeout, "reopenTimeout");
    }

    /**
     * Opens the link (as when the device is claimed) and forgets any earlier loss.
     *
     * @param timeout the timeout given to the opener
     * @throws IOException if the device is not there
     */
    public synchronized void open(Duration timeout) throws IOException {
        link = opener.open(timeout);
        lost = false;
    }

    /**
     * The held link, if any.
     *
     * @return the open link, or null when it was lost or never opened
     */
    public synchronized Link current() {
        return link;
    }

    /**
     * Whether a link is held and still open on this side.
     *
     * @return false when lost, closed or never opened
     */
    public synchronized boolean isOpen() {
        return link != null && link.isOpen();
    }

    /**
     * The held link, or a fresh one when it was lost: then {@code onBack} runs (the port came back).
     *
     * @param onBack what the driver does when the link is back, e.g. emit {@code Reconnected}
     * @return the link to use
     * @throws IOException if the link was lost and cannot be opened yet
     */
    public Link usable(Runnable onBack) throws IOException {
        Link opened;
        synchronized (this) {
            if (link != null) {
                return link;
            }
            opened = opener.open(reopenTimeout);
            link = opened;
            lost = false;
        }
        onBack.run();
        return opened;
    }

    /**
     * Forgets a link that failed and closes it quietly; {@code onFirstLoss} runs unless the loss was
     * already reported and the link has not come back since.
     *
     * @param failed      the link a read or write failed on
     * @param onFirstLoss what the driver does when the link goes, e.g. emit {@code Disconnected}
     */
    public void lost(Link failed, Runnable onFirstLoss) {
        boolean first;
        synchronized (this) {
            if (link == failed) {
                link = null;
            }
            first = !lost;
            lost = true;
        }
        closeQuietly(failed);
        if (first) {
            onFirstLoss.run();
        }
    }

    /**
     * Closes the held link, if any (as when the device is released).
     *
     * @throws IOException if closing fails
     */
    public void close() throws IOException {
        Link held;
        synchronized (this) {
            held = link;
            link = null;
        }
        if (held != null) {
            held.close();
        }
    }

    private static void closeQuietly(Link failed) {
        try {
            failed.close();
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "closing a lost link failed", e);
        }
    }
}
