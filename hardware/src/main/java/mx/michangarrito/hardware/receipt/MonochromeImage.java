package mx.michangarrito.hardware.receipt;

import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A black-and-white picture as a printer prints it: rows of dots, eight to a byte, most significant
 * bit leftmost, 1 = black. Immutable.
 */
public final class MonochromeImage {

    private final int width;
    private final int height;
    private final byte[] rows;

    private MonochromeImage(int width, int height, byte[] rows) {
        this.width = width;
        this.height = height;
        this.rows = rows;
    }

    /**
     * Packed rows, as {@code GS v 0} takes them.
     *
     * @param width  dots per row, at least 1
     * @param height rows, at least 1
     * @param rows   {@code ceil(width / 8) * height} bytes
     * @return the image
     * @throws IllegalArgumentException if the sizes do not match
     */
    public static MonochromeImage ofRows(int width, int height, byte[] rows) {
        if (width < 1 || height < 1 || rows.length != (width + 7) / 8 * height) {
            throw new IllegalArgumentException("A " + width + "x" + height + " image needs "
                    + (Math.max(width, 0) + 7) / 8 * Math.max(height, 0) + " bytes, not " + rows.length);
        }
        return new MonochromeImage(width, height, rows.clone());
    }

    /**
     * A picture turned black and white: dots darker than middle grey are black; transparent dots white.
     *
     * @param picture the picture
     * @return the image
     */
    public static MonochromeImage of(BufferedImage picture) {
        int width = picture.getWidth();
        int height = picture.getHeight();
        int stride = (width + 7) / 8;
        byte[] rows = new byte[stride * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int argb = picture.getRGB(x, y);
                int alpha = argb >>> 24;
                int luma = (((argb >> 16) & 0xFF) * 299 + ((argb >> 8) & 0xFF) * 587 + (argb & 0xFF) * 114) / 1000;
                if (alpha >= 128 && luma < 128) {
                    rows[y * stride + x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
        }
        return new MonochromeImage(width, height, rows);
    }

    /** @return dots per row */
    public int width() {
        return width;
    }

    /** @return rows */
    public int height() {
        return height;
    }

    /**
     * Whether a dot is black.
     *
     * @param x column, from 0
     * @param y row, from 0
     * @return true for black
     */
    public boolean black(int x, int y) {
        return (rows[y * ((width + 7) / 8) + x / 8] & (0x80 >> (x % 8))) != 0;
    }

    /** @return a copy of the packed rows */
    public byte[] rows() {
        return rows.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MonochromeImage that && width == that.width && height == that.height
                && Arrays.equals(rows, that.rows);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rows);
    }

    @Override
    public String toString() {
        return "MonochromeImage[" + width + "x" + height + "]";
    }
}
