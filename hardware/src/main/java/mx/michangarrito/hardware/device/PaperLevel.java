package mx.michangarrito.hardware.device;

/** How much paper a receipt printer has, from its paper sensors ({@code DLE EOT 4}). */
public enum PaperLevel {
    /** Enough paper. */
    OK,
    /** The near-end sensor sees the end of the roll: change it soon. */
    NEAR_END,
    /** No paper: the printer stopped. */
    OUT
}
