package mx.michangarrito.hardware.receipt;

import java.util.Objects;

/**
 * How to kick a cash drawer: the pin, and how long the pulse is on and off. {@code ESC p} counts in
 * units of 2 ms, so {@code onMillis} 50 and {@code offMillis} 500 give {@code 1B 70 30 19 FA}.
 *
 * @param pin       the connector pin
 * @param onMillis  pulse on time, 2 to 510 ms (even)
 * @param offMillis pulse off time, 2 to 510 ms (even); at least {@code onMillis}
 */
public record DrawerPulse(DrawerPin pin, int onMillis, int offMillis) {

    /** Pin 2, 50 ms on, 500 ms off: what most drawers want. */
    public static final DrawerPulse DEFAULT = new DrawerPulse(DrawerPin.PIN_2, 50, 500);

    /**
     * Checks the times.
     *
     * @throws IllegalArgumentException if a time is out of range
     */
    public DrawerPulse {
        Objects.requireNonNull(pin, "pin");
        if (onMillis < 2 || onMillis > 510 || offMillis < 2 || offMillis > 510) {
            throw new IllegalArgumentException("Drawer pulse times are 2 to 510 ms: " + onMillis + "/" + offMillis);
        }
        if (offMillis < onMillis) {
            throw new IllegalArgumentException("The off time must be at least the on time: " + onMillis + "/" + offMillis);
        }
    }

    /** @return t1 in {@code ESC p}: the on time in 2 ms units */
    public int onUnits() {
        return onMillis / 2;
    }

    /** @return t2 in {@code ESC p}: the off time in 2 ms units */
    public int offUnits() {
        return offMillis / 2;
    }

    /** @return t in the real-time pulse {@code DLE DC4 1 m t}: the on time in 100 ms units, 1 to 8 */
    public int realTimeUnits() {
        return Math.clamp(Math.round(onMillis / 100f), 1, 8);
    }
}
