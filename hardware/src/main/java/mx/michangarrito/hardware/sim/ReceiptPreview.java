package mx.michangarrito.hardware.sim;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.oned.EAN13Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;
import mx.michangarrito.hardware.receipt.Alignment;

/**
 * Draws a {@link PrintedReceipt} as the paper would look, one pixel per printer dot: font A cells of
 * 12×24 dots, barcodes with 2-dot modules, QR codes at their module size, images dot for dot. The
 * desktop app shows it as the "vista previa" of demo mode.
 */
public final class ReceiptPreview {

    private static final int CELL_WIDTH = 12;
    private static final int CELL_HEIGHT = 24;
    private static final int FONT_B_WIDTH = 9;
    private static final int FONT_B_HEIGHT = 17;
    private static final int MARGIN = 8;
    private static final int BAR_MODULE = 2;
    private static final int BAR_HEIGHT = 80;

    private final int dotsPerLine;

    /**
     * For a paper width.
     *
     * @param dotsPerLine 384 for 58 mm, 576 for 80 mm
     */
    public ReceiptPreview(int dotsPerLine) {
        this.dotsPerLine = dotsPerLine;
    }

    /**
     * Draws the receipt.
     *
     * @param receipt what was printed
     * @return a white image {@code dotsPerLine + 16} pixels wide
     */
    public BufferedImage render(PrintedReceipt receipt) {
        int height = MARGIN * 2 + receipt.items().stream().mapToInt(this::height).sum() + (receipt.cut() ? 8 : 0);
        BufferedImage image = new BufferedImage(dotsPerLine + MARGIN * 2, Math.max(height, 1), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(Color.BLACK);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            int y = MARGIN;
            for (PrintedItem item : receipt.items()) {
                draw(g, item, y);
                y += height(item);
            }
            if (receipt.cut()) {
                g.setStroke(new BasicStroke(1, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
                g.drawLine(0, y + 4, image.getWidth(), y + 4);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * Draws the receipt as PNG bytes.
     *
     * @param receipt what was printed
     * @return the PNG file's bytes
     */
    public byte[] png(PrintedReceipt receipt) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(render(receipt), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return out.toByteArray();
    }

    private int height(PrintedItem item) {
        return switch (item) {
            case PrintedItem.Line line -> (line.fontB() ? FONT_B_HEIGHT : CELL_HEIGHT) * line.height();
            case PrintedItem.Barcode barcode -> BAR_HEIGHT + CELL_HEIGHT;
            case PrintedItem.QrCode qr -> qrMatrix(qr).map(m -> m.getHeight() * Math.max(1, qr.moduleSize())).orElse(CELL_HEIGHT);
            case PrintedItem.Image picture -> picture.image().height();
            case PrintedItem.Feed feed -> CELL_HEIGHT * feed.lines();
        };
    }

    private void draw(Graphics2D g, PrintedItem item, int y) {
        switch (item) {
            case PrintedItem.Line line -> text(g, line, y);
            case PrintedItem.Barcode barcode -> barcode(g, barcode, y);
            case PrintedItem.QrCode qr -> qrMatrix(qr).ifPresentOrElse(
                    matrix -> matrix(g, matrix, Math.max(1, qr.moduleSize()), y),
                    () -> text(g, qr.data(), false, false, 1, 1, Alignment.CENTER, y));
            case PrintedItem.Image picture -> {
                int left = MARGIN + Math.max(0, (dotsPerLine - picture.image().width()) / 2);
                for (int row = 0; row < picture.image().height(); row++) {
                    for (int col = 0; col < picture.image().width(); col++) {
                        if (picture.image().black(col, row)) {
                            g.fillRect(left + col, y + row, 1, 1);
                        }
                    }
                }
            }
            case PrintedItem.Feed feed -> { } // blank paper
        }
    }

    private void text(Graphics2D g, PrintedItem.Line line, int y) {
        if (line.fontB()) {
            text(g, line.text(), line.bold(), line.underline(), line.width(), line.height(), line.alignment(), y,
                    FONT_B_WIDTH, FONT_B_HEIGHT);
        } else {
            text(g, line.text(), line.bold(), line.underline(), line.width(), line.height(), line.alignment(), y);
        }
    }

    private void text(Graphics2D g, String text, boolean bold, boolean underline, int width, int height,
            Alignment alignment, int y) {
        text(g, text, bold, underline, width, height, alignment, y, CELL_WIDTH, CELL_HEIGHT);
    }

    private void text(Graphics2D g, String text, boolean bold, boolean underline, int width, int height,
            Alignment alignment, int y, int cellWidth, int cellHeight) {
        int cell = cellWidth * width;
        int lineWidth = text.length() * cell;
        int left = MARGIN + switch (alignment) {
            case LEFT -> 0;
            case CENTER -> Math.max(0, (dotsPerLine - lineWidth) / 2);
            case RIGHT -> Math.max(0, dotsPerLine - lineWidth);
        };
        Font font = new Font(Font.MONOSPACED, bold ? Font.BOLD : Font.PLAIN, cellHeight * 5 / 6)
                .deriveFont(AffineTransform.getScaleInstance(width, height));
        g.setFont(font);
        int baseline = y + cellHeight * height - cellHeight * height / 5;
        for (int i = 0; i < text.length(); i++) {
            g.drawString(String.valueOf(text.charAt(i)), left + i * cell, baseline);
        }
        if (underline) {
            g.fillRect(left, baseline + 2, lineWidth, 1);
        }
    }

    private void barcode(Graphics2D g, PrintedItem.Barcode barcode, int y) {
        boolean[] modules;
        try {
            modules = barcode.ean13() ? new EAN13Writer().encode(barcode.data()) : new Code128Writer().encode(barcode.data());
        } catch (IllegalArgumentException e) {
            modules = new boolean[0]; // data a real printer would refuse too: only its digits show
        }
        int left = MARGIN + Math.max(0, (dotsPerLine - modules.length * BAR_MODULE) / 2);
        for (int i = 0; i < modules.length; i++) {
            if (modules[i]) {
                g.fillRect(left + i * BAR_MODULE, y, BAR_MODULE, BAR_HEIGHT);
            }
        }
        text(g, barcode.data(), false, false, 1, 1, Alignment.CENTER, y + BAR_HEIGHT);
    }

    private void matrix(Graphics2D g, BitMatrix matrix, int module, int y) {
        int left = MARGIN + Math.max(0, (dotsPerLine - matrix.getWidth() * module) / 2);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    g.fillRect(left + col * module, y + row * module, module, module);
                }
            }
        }
    }

    private static java.util.Optional<BitMatrix> qrMatrix(PrintedItem.QrCode qr) {
        try {
            return java.util.Optional.of(new QRCodeWriter().encode(qr.data(), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 4, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8")));
        } catch (WriterException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
