package mx.michangarrito.hardware.device;

import java.util.Objects;

/**
 * What a receipt printer reported in its four real-time status bytes ({@code DLE EOT 1..4}).
 *
 * @param online             bit 3 of status 1 is clear: the printer accepts work
 * @param coverOpen          bit 2 of status 2
 * @param paper              from status 4 (bits 5–6 out, bits 2–3 near end) and bit 5 of status 2
 * @param drawerPinHigh      bit 2 of status 1, the drawer connector's pin 3; which level means "open"
 *                           depends on the drawer, see {@link DrawerPolarity}
 * @param feedButton         bit 3 of status 2: the feed button is held
 * @param cutterError        bit 3 of status 3
 * @param unrecoverableError bit 5 of status 3
 * @param recoverableError   bit 6 of status 3 (e.g. head too hot)
 */
public record PrinterStatus(boolean online, boolean coverOpen, PaperLevel paper, boolean drawerPinHigh,
        boolean feedButton, boolean cutterError, boolean unrecoverableError, boolean recoverableError) {

    /** Checks that no part is missing. */
    public PrinterStatus {
        Objects.requireNonNull(paper, "paper");
    }

    /**
     * Whether a ticket sent now would print: online, cover closed, paper in, no error.
     *
     * @return true if ready
     */
    public boolean readyToPrint() {
        return online && !coverOpen && paper != PaperLevel.OUT && !cutterError && !unrecoverableError && !recoverableError;
    }

    /**
     * The drawer's state read through its sensor.
     *
     * @param polarity which pin level the drawer reports when open
     * @return open or closed
     */
    public DrawerState drawer(DrawerPolarity polarity) {
        return drawerPinHigh == (polarity == DrawerPolarity.OPEN_WHEN_HIGH) ? DrawerState.OPEN : DrawerState.CLOSED;
    }

    /**
     * One line for logs and the {@code printer-status} command.
     *
     * @param polarity the drawer's sensor polarity
     * @return e.g. {@code online=true cover=closed paper=ok drawer=closed}
     */
    public String summary(DrawerPolarity polarity) {
        return "online=" + online + " cover=" + (coverOpen ? "open" : "closed")
                + " paper=" + paper.name().toLowerCase(java.util.Locale.ROOT)
                + " drawer=" + drawer(polarity).name().toLowerCase(java.util.Locale.ROOT);
    }
}
