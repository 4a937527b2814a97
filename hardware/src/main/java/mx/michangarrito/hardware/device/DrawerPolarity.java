package mx.michangarrito.hardware.device;

/**
 * Which level of the drawer connector's pin 3 means "open": drawers are wired either way, so it is a
 * setting. Epson documents only the level; many drawers close a switch (pin low) when shut.
 */
public enum DrawerPolarity {
    /** Pin 3 high means open (the default: a closed drawer pulls the pin low). */
    OPEN_WHEN_HIGH,
    /** Pin 3 low means open. */
    OPEN_WHEN_LOW
}
