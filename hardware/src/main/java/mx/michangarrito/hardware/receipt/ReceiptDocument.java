package mx.michangarrito.hardware.receipt;

import java.util.ArrayList;
import java.util.List;

/**
 * A ticket as the app describes it, independent of the printer: the renderer lays it out for the
 * printer's paper width and code table. Build one with {@link #builder()}.
 *
 * @param elements the parts, top to bottom
 */
public record ReceiptDocument(List<ReceiptElement> elements) {

    /** Copies the parts. */
    public ReceiptDocument {
        elements = List.copyOf(elements);
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Adds parts top to bottom. */
    public static final class Builder {

        private final List<ReceiptElement> elements = new ArrayList<>();

        private Builder() {
        }

        /**
         * @param text plain text, wrapped to the paper
         * @return this builder
         */
        public Builder text(String text) {
            return text(text, TextStyle.NORMAL);
        }

        /**
         * @param text  text, wrapped to the paper
         * @param style how it looks
         * @return this builder
         */
        public Builder text(String text, TextStyle style) {
            return add(new ReceiptElement.Text(text, style));
        }

        /**
         * @param left  a label
         * @param right an amount, flush right
         * @return this builder
         */
        public Builder columns(String left, String right) {
            return columns(left, right, TextStyle.NORMAL);
        }

        /**
         * @param left  a label
         * @param right an amount, flush right
         * @param style how both look
         * @return this builder
         */
        public Builder columns(String left, String right, TextStyle style) {
            return add(new ReceiptElement.Columns(left, right, style));
        }

        /**
         * @param fill the character of the line
         * @return this builder
         */
        public Builder separator(char fill) {
            return add(new ReceiptElement.Separator(fill));
        }

        /**
         * @param digits a valid EAN-13
         * @return this builder
         */
        public Builder ean13(String digits) {
            return add(new ReceiptElement.Ean13(digits));
        }

        /**
         * @param data what the QR holds
         * @return this builder (module size 6)
         */
        public Builder qr(String data) {
            return add(new ReceiptElement.QrCode(data, 6));
        }

        /**
         * @param image the picture
         * @return this builder
         */
        public Builder logo(MonochromeImage image) {
            return add(new ReceiptElement.Logo(image));
        }

        /**
         * @param lines blank lines to feed
         * @return this builder
         */
        public Builder feed(int lines) {
            return add(new ReceiptElement.Feed(lines));
        }

        /** @return this builder, with a cut */
        public Builder cut() {
            return add(new ReceiptElement.Cut());
        }

        /** @return this builder, with a drawer pulse */
        public Builder openDrawer() {
            return add(new ReceiptElement.OpenDrawer());
        }

        /**
         * @param element any part
         * @return this builder
         */
        public Builder add(ReceiptElement element) {
            elements.add(java.util.Objects.requireNonNull(element, "element"));
            return this;
        }

        /** @return the document */
        public ReceiptDocument build() {
            return new ReceiptDocument(elements);
        }
    }
}
