package mx.michangarrito.hardware.printer;

import java.time.Duration;
import java.util.Objects;
import mx.michangarrito.hardware.device.DrawerPolarity;
import mx.michangarrito.hardware.receipt.ReceiptProfile;

/**
 * One printer's settings.
 *
 * @param profile        paper, code table, cutter and drawer pulse
 * @param drawerPolarity which sensor level means the drawer is open
 * @param answerTimeout  how long to wait for each status answer
 * @param readsStatus    whether to ask the printer for its status; off for a printer that takes data but
 *                       never answers (its status is then unknown, as through the OS spooler)
 */
public record PrinterSettings(ReceiptProfile profile, DrawerPolarity drawerPolarity, Duration answerTimeout,
        boolean readsStatus) {

    /** How long to wait for a connection to a printer (a network printer on Wi-Fi can be slow to accept). */
    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    /** Checks that no part is missing and the timeout is positive. */
    public PrinterSettings {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(drawerPolarity, "drawerPolarity");
        if (answerTimeout.isNegative() || answerTimeout.isZero()) {
            throw new IllegalArgumentException("answerTimeout must be positive: " + answerTimeout);
        }
    }

    /**
     * Settings for a printer that answers status queries.
     *
     * @param profile        paper, code table, cutter and drawer pulse
     * @param drawerPolarity which sensor level means the drawer is open
     * @param answerTimeout  how long to wait for each status answer
     */
    public PrinterSettings(ReceiptProfile profile, DrawerPolarity drawerPolarity, Duration answerTimeout) {
        this(profile, drawerPolarity, answerTimeout, true);
    }

    /**
     * These settings without status reading.
     *
     * @return the settings, {@code readsStatus} off
     */
    public PrinterSettings withoutStatus() {
        return new PrinterSettings(profile, drawerPolarity, answerTimeout, false);
    }

    /**
     * The defaults for a paper width: CP858, drawer open when pin 3 is high, answers within 1 s.
     *
     * @param paperMillimetres 58 or 80
     * @return the settings
     */
    public static PrinterSettings forPaper(int paperMillimetres) {
        return new PrinterSettings(ReceiptProfile.forPaper(paperMillimetres), DrawerPolarity.OPEN_WHEN_HIGH,
                Duration.ofSeconds(1));
    }
}
