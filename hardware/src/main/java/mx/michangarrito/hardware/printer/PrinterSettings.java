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
 * @param answerTimeout  how long to wait for each status answer, and for a lost link to come back
 */
public record PrinterSettings(ReceiptProfile profile, DrawerPolarity drawerPolarity, Duration answerTimeout) {

    /** Checks that no part is missing and the timeout is positive. */
    public PrinterSettings {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(drawerPolarity, "drawerPolarity");
        if (answerTimeout.isNegative() || answerTimeout.isZero()) {
            throw new IllegalArgumentException("answerTimeout must be positive: " + answerTimeout);
        }
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
