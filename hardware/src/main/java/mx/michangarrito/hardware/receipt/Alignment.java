package mx.michangarrito.hardware.receipt;

/** Where a line sits on the paper ({@code ESC a n}). */
public enum Alignment {
    /** Flush left, the default. */
    LEFT,
    /** Centred, as for the shop's name. */
    CENTER,
    /** Flush right. */
    RIGHT
}
