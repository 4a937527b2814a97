package mx.michangarrito.hardware.scanner;

import java.awt.image.BufferedImage;
import java.util.Objects;

/**
 * One picture from a camera.
 *
 * @param image          the picture
 * @param timestampNanos when it was taken, on a monotonic clock in nanoseconds
 */
public record Frame(BufferedImage image, long timestampNanos) {

    /** Checks the image. */
    public Frame {
        Objects.requireNonNull(image, "image");
    }
}
