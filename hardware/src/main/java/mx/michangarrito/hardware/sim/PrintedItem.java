package mx.michangarrito.hardware.sim;

import java.util.Objects;
import mx.michangarrito.hardware.receipt.Alignment;
import mx.michangarrito.hardware.receipt.MonochromeImage;

/** Something the virtual printer put on paper, decoded back from the bytes it received. */
public sealed interface PrintedItem {

    /**
     * A line of text, decoded in the code table selected when it was printed.
     *
     * @param text      the characters
     * @param bold      emphasised
     * @param underline underlined
     * @param width     width multiplier, 1 to 8
     * @param height    height multiplier, 1 to 8
     * @param alignment where the line sat
     * @param fontB     printed in the narrow font B
     */
    record Line(String text, boolean bold, boolean underline, int width, int height, Alignment alignment, boolean fontB)
            implements PrintedItem {
        /** Checks that no part is missing. */
        public Line {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(alignment, "alignment");
        }
    }

    /**
     * A barcode.
     *
     * @param system the {@code GS k} system number as sent (67 or 2 = EAN-13, 73 = CODE128, ...)
     * @param data   its characters
     */
    record Barcode(int system, String data) implements PrintedItem {
        /** @return whether it is an EAN-13 (function A or B) */
        public boolean ean13() {
            return system == 2 || system == 67;
        }
    }

    /**
     * A QR code.
     *
     * @param data       its payload, read as UTF-8
     * @param model      1 or 2 (0 if the model byte was invalid)
     * @param moduleSize dots per module
     */
    record QrCode(String data, int model, int moduleSize) implements PrintedItem {
    }

    /**
     * A raster image.
     *
     * @param image the dots
     */
    record Image(MonochromeImage image) implements PrintedItem {
    }

    /**
     * Blank paper fed.
     *
     * @param lines how many lines
     */
    record Feed(int lines) implements PrintedItem {
    }
}
