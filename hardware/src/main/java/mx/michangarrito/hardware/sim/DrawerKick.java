package mx.michangarrito.hardware.sim;

import mx.michangarrito.hardware.receipt.DrawerPin;

/**
 * A drawer pulse the virtual printer received.
 *
 * @param pin         the connector pin
 * @param onMillis    pulse on time
 * @param offMillis   pulse off time ({@code 0} for a real-time pulse, which has none)
 * @param realTime    sent as {@code DLE DC4} (works while offline) rather than {@code ESC p}
 */
public record DrawerKick(DrawerPin pin, int onMillis, int offMillis, boolean realTime) {
}
