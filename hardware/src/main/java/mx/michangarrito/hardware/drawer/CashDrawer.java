package mx.michangarrito.hardware.drawer;

import mx.michangarrito.hardware.device.DrawerState;

/**
 * The cash drawer. Whether it should open (cash sales only, every tender, never) and who may open it
 * without a sale are the app's policy; this only opens it and reads its sensor. Never throws: a
 * drawer that cannot be reached answers {@link DrawerOutcome#FAILED} or {@link DrawerState#UNKNOWN}.
 */
public interface CashDrawer {

    /**
     * Pulses the drawer open.
     *
     * @return how it went
     */
    DrawerOutcome kick();

    /**
     * Reads the drawer's sensor now.
     *
     * @return open, closed, or unknown when the sensor cannot be read
     */
    DrawerState state();
}
