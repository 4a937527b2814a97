package mx.michangarrito.hardware.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import mx.michangarrito.hardware.receipt.EscPosRenderer;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.receipt.ReceiptProfile;
import org.junit.jupiter.api.Test;

/** The preview is drawn from what the virtual printer decoded, and its codes scan. */
class ReceiptPreviewTest {

    private static PrintedReceipt printed(ReceiptDocument document) throws IOException {
        VirtualPrinter printer = new VirtualPrinter();
        printer.serve(new ByteArrayInputStream(new EscPosRenderer(ReceiptProfile.forPaper(58)).render(document)),
                new ByteArrayOutputStream());
        return printer.receipts().getFirst();
    }

    private static String scan(BufferedImage image, BarcodeFormat format) throws NotFoundException {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS, List.of(format),
                DecodeHintType.TRY_HARDER, true)).getText();
    }

    @Test
    void theQrCodeOnThePreviewScansToItsPayload() throws Exception {
        BufferedImage image = new ReceiptPreview(384).render(printed(ReceiptDocument.builder()
                .qr("https://michangarrito.mx/t/A-1042").cut().build()));

        assertEquals("https://michangarrito.mx/t/A-1042", scan(image, BarcodeFormat.QR_CODE));
    }

    @Test
    void theEan13OnThePreviewScansToItsDigits() throws Exception {
        BufferedImage image = new ReceiptPreview(384).render(printed(ReceiptDocument.builder()
                .feed(1).ean13("7501031311309").feed(1).cut().build()));

        assertEquals("7501031311309", scan(image, BarcodeFormat.EAN_13));
    }

    @Test
    void thePreviewIsAsWideAsThePaperAndGrowsWithEachLine() throws Exception {
        ReceiptPreview preview = new ReceiptPreview(576);
        BufferedImage one = preview.render(printed(ReceiptDocument.builder().text("uno").cut().build()));
        BufferedImage three = preview.render(printed(ReceiptDocument.builder().text("uno\ndos\ntres").cut().build()));

        assertEquals(576 + 16, one.getWidth());
        assertEquals(2 * 24, three.getHeight() - one.getHeight());
    }

    @Test
    void textIsDrawnInItsLineAndBlankLinesStayWhite() throws Exception {
        BufferedImage image = new ReceiptPreview(384).render(printed(ReceiptDocument.builder()
                .text("Señor Niño").feed(2).text("¿Algo más?").cut().build()));

        assertTrue(hasInk(image, 8, 32), "first line");
        assertFalse(hasInk(image, 32, 80), "fed lines");
        assertTrue(hasInk(image, 80, 104), "last line");
    }

    @Test
    void thePngBytesAreAPngImageOfTheSameSize() throws Exception {
        ReceiptPreview preview = new ReceiptPreview(384);
        PrintedReceipt receipt = printed(ReceiptDocument.builder().text("Hola").cut().build());

        byte[] png = preview.png(receipt);

        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, Arrays.copyOf(png, 4));
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(preview.render(receipt).getHeight(), read.getHeight());
    }

    private static boolean hasInk(BufferedImage image, int fromY, int toY) {
        for (int y = fromY; y < toY; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == 0) {
                    return true;
                }
            }
        }
        return false;
    }
}
