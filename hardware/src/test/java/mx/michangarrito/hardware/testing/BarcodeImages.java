package mx.michangarrito.hardware.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.MultiFormatWriter;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Camera-like pictures of barcodes made with zxing's writer: placed on a page, turned, with noise. */
public final class BarcodeImages {

    private BarcodeImages() {
    }

    /**
     * A barcode drawn in the middle of a 640×480 grey-white picture, as a webcam would see a product.
     *
     * @param format  the barcode type
     * @param content the code
     * @param degrees how far the code is turned
     * @return the picture
     */
    public static BufferedImage photo(BarcodeFormat format, String content, double degrees) {
        BufferedImage code = render(format, content);
        BufferedImage page = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(235, 235, 230));
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(code, (page.getWidth() - code.getWidth()) / 2, (page.getHeight() - code.getHeight()) / 2, null);
        g.dispose();
        return page;
    }

    /**
     * A picture with nothing to decode.
     *
     * @return an empty 640×480 picture
     */
    public static BufferedImage blank() {
        return photo(BarcodeFormat.QR_CODE, "", 0);
    }

    /**
     * Adds sensor-like noise: each pixel's brightness moves by a random amount.
     *
     * @param image  the picture, changed in place
     * @param amount the largest change, 0–255
     * @param seed   the random seed, so a test is repeatable
     * @return the same picture
     */
    public static BufferedImage noisy(BufferedImage image, int amount, long seed) {
        Random random = new Random(seed);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int grey = (image.getRGB(x, y) & 0xFF) + random.nextInt(2 * amount + 1) - amount;
                int v = Math.max(0, Math.min(255, grey));
                image.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        return image;
    }

    private static BufferedImage render(BarcodeFormat format, String content) {
        if (content.isEmpty()) {
            return new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        }
        try {
            boolean square = format == BarcodeFormat.QR_CODE;
            return MatrixToImageWriter.toBufferedImage(
                    new MultiFormatWriter().encode(content, format, square ? 220 : 300, square ? 220 : 120));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
