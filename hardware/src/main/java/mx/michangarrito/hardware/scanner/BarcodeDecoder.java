package mx.michangarrito.hardware.scanner;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.michangarrito.hardware.device.Symbology;

/**
 * Finds a retail barcode (EAN-13, EAN-8, UPC-A, UPC-E, Code 128) or a QR code in a picture with zxing
 * ({@link MultiFormatReader} over a {@link HybridBinarizer}, trying harder). A picture turned a quarter
 * turn is read too. Not thread-safe: one per camera thread.
 */
public final class BarcodeDecoder {

    private static final List<BarcodeFormat> FORMATS = List.of(BarcodeFormat.EAN_13, BarcodeFormat.EAN_8,
            BarcodeFormat.UPC_A, BarcodeFormat.UPC_E, BarcodeFormat.CODE_128, BarcodeFormat.QR_CODE);

    private final MultiFormatReader reader = new MultiFormatReader();

    /** A decoder for the formats sold at a Mexican counter. */
    public BarcodeDecoder() {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, FORMATS);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        reader.setHints(hints);
    }

    /**
     * Looks for a code in a picture.
     *
     * @param image the picture
     * @return the code, or empty if none could be read
     */
    public Optional<DecodedBarcode> decode(BufferedImage image) {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        Optional<DecodedBarcode> upright = decode(source);
        if (upright.isPresent() || !source.isRotateSupported()) {
            return upright;
        }
        return decode(source.rotateCounterClockwise());
    }

    private Optional<DecodedBarcode> decode(LuminanceSource source) {
        try {
            Result result = reader.decodeWithState(new BinaryBitmap(new HybridBinarizer(source)));
            return Optional.of(new DecodedBarcode(result.getText(), symbology(result.getBarcodeFormat())));
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (ReaderException e) {
            return Optional.empty(); // a checksum or format error: a blurred frame, the next one may read
        } finally {
            reader.reset();
        }
    }

    static Symbology symbology(BarcodeFormat format) {
        return switch (format) {
            case EAN_13 -> Symbology.EAN_13;
            case EAN_8 -> Symbology.EAN_8;
            case UPC_A -> Symbology.UPC_A;
            case UPC_E -> Symbology.UPC_E;
            case CODE_128 -> Symbology.CODE_128;
            case CODE_39 -> Symbology.CODE_39;
            case ITF -> Symbology.ITF;
            case QR_CODE -> Symbology.QR_CODE;
            default -> Symbology.UNKNOWN;
        };
    }
}
