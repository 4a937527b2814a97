package mx.michangarrito.hardware.receipt;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/** One part of a {@link ReceiptDocument}: a closed set the renderer and the simulators switch over. */
public sealed interface ReceiptElement {

    /**
     * Text, wrapped at word boundaries to the paper's width; a {@code \n} starts a new line.
     *
     * @param text  the text, already formatted by the app (money included)
     * @param style how it looks
     */
    record Text(String text, TextStyle style) implements ReceiptElement {
        /** Checks that no part is missing. */
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(style, "style");
        }
    }

    /**
     * A label on the left and an amount flush right on the same line, e.g. {@code "2 x Leche"} and
     * {@code "$52.00"}. A label too long for the space left by the amount wraps under itself; the
     * amount stays on the first line.
     *
     * @param left  the label
     * @param right the amount or other short text
     * @param style how both look (alignment is ignored: the line fills the paper)
     */
    record Columns(String left, String right, TextStyle style) implements ReceiptElement {
        /** Checks that no part is missing. */
        public Columns {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
            Objects.requireNonNull(style, "style");
        }
    }

    /**
     * A line across the paper made of one character.
     *
     * @param fill the character, e.g. {@code '-'} or {@code '='}
     */
    record Separator(char fill) implements ReceiptElement {
    }

    /**
     * An EAN-13 barcode, centred, with its digits printed below.
     *
     * @param digits 13 digits with a correct check digit
     */
    record Ean13(String digits) implements ReceiptElement {
        /**
         * Checks the digits and the check digit.
         *
         * @throws IllegalArgumentException if they are not a valid EAN-13
         */
        public Ean13 {
            if (digits == null || !digits.matches("[0-9]{13}")) {
                throw new IllegalArgumentException("An EAN-13 has 13 digits: " + digits);
            }
            int sum = 0;
            for (int i = 0; i < 12; i++) {
                sum += (digits.charAt(11 - i) - '0') * (i % 2 == 0 ? 3 : 1);
            }
            if ((10 - sum % 10) % 10 != digits.charAt(12) - '0') {
                throw new IllegalArgumentException("Wrong EAN-13 check digit: " + digits);
            }
        }
    }

    /**
     * A QR code, centred: model 2, error correction M.
     *
     * @param data       what it holds, e.g. a URL; stored as UTF-8
     * @param moduleSize dots per module, 1 to 16
     */
    record QrCode(String data, int moduleSize) implements ReceiptElement {
        /** The largest payload in bytes that {@code GS ( k} can store. */
        public static final int MAX_BYTES = 7089;

        /**
         * Checks the payload and the size.
         *
         * @throws IllegalArgumentException if the data is empty or too long, or the size out of range
         */
        public QrCode {
            Objects.requireNonNull(data, "data");
            int length = data.getBytes(StandardCharsets.UTF_8).length;
            if (length == 0 || length > MAX_BYTES) {
                throw new IllegalArgumentException("QR data must be 1 to " + MAX_BYTES + " bytes: " + length);
            }
            if (moduleSize < 1 || moduleSize > 16) {
                throw new IllegalArgumentException("QR module size must be 1 to 16: " + moduleSize);
            }
        }
    }

    /**
     * A black-and-white picture printed as a raster image, centred, such as the shop's logo.
     *
     * @param image the picture
     */
    record Logo(MonochromeImage image) implements ReceiptElement {
        /** Checks that no part is missing. */
        public Logo {
            Objects.requireNonNull(image, "image");
        }
    }

    /**
     * Blank lines ({@code ESC d n}).
     *
     * @param lines 1 to 255
     */
    record Feed(int lines) implements ReceiptElement {
        /**
         * Checks the count.
         *
         * @throws IllegalArgumentException if out of range
         */
        public Feed {
            if (lines < 1 || lines > 255) {
                throw new IllegalArgumentException("Feed 1 to 255 lines: " + lines);
            }
        }
    }

    /** Feeds the paper past the cutter and cuts it as the printer's profile says. */
    record Cut() implements ReceiptElement {
    }

    /** Pulses the cash drawer connected to the printer, as the printer's profile says. */
    record OpenDrawer() implements ReceiptElement {
    }
}
