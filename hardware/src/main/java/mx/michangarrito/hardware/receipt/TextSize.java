package mx.michangarrito.hardware.receipt;

/** Character magnification; double width halves the characters a line holds. */
public enum TextSize {
    /** Normal characters. */
    NORMAL(1, 1),
    /** Twice as tall, same width. */
    DOUBLE_HEIGHT(1, 2),
    /** Twice as wide: half the columns. */
    DOUBLE_WIDTH(2, 1),
    /** Twice as tall and wide, as for a total. */
    DOUBLE(2, 2);

    private final int width;
    private final int height;

    TextSize(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** @return the width multiplier, 1 or 2 */
    public int width() {
        return width;
    }

    /** @return the height multiplier, 1 or 2 */
    public int height() {
        return height;
    }
}
