package mx.michangarrito.hardware.drawer;

/** What happened when the drawer was asked to open. */
public enum DrawerOutcome {
    /** The pulse went out as {@code ESC p}, in line with printing. */
    PULSED,
    /** The printer was offline (paper out, cover open): the pulse went out as real-time {@code DLE DC4}. */
    PULSED_REAL_TIME,
    /** The printer could not be reached; see its events for why. */
    FAILED
}
