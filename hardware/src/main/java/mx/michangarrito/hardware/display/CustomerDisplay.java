package mx.michangarrito.hardware.display;

import mx.michangarrito.hardware.device.Device;

/**
 * The 2×20 pole display facing the customer. Writing never throws: a display that cannot be reached
 * answers {@code false} and reports {@link mx.michangarrito.hardware.device.Disconnected}; the next
 * write tries to reconnect.
 */
public interface CustomerDisplay extends Device {

    /**
     * Shows two lines.
     *
     * @param lines what to show
     * @return whether the display got it
     */
    boolean show(DisplayLines lines);

    /**
     * Shows the item just scanned.
     *
     * @param description the product, cut to 20 characters
     * @param price       its formatted price
     * @return whether the display got it
     */
    default boolean showItem(String description, String price) {
        return show(DisplayLines.item(description, price));
    }

    /**
     * Shows the total and, once paid, the change.
     *
     * @param total  the formatted total
     * @param change the formatted change, or null before payment
     * @return whether the display got it
     */
    boolean showTotal(String total, String change);

    /**
     * Shows the welcome when no sale is open.
     *
     * @param shopName the shop's name for the lower line
     * @return whether the display got it
     */
    boolean showWelcome(String shopName);
}
