package mx.michangarrito.hardware.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.zxing.BarcodeFormat;
import java.util.Optional;
import mx.michangarrito.hardware.device.Symbology;
import mx.michangarrito.hardware.testing.BarcodeImages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decoding generated camera pictures: upright, turned and noisy. */
class BarcodeDecoderTest {

    private final BarcodeDecoder decoder = new BarcodeDecoder();

    @ParameterizedTest(name = "{0} {1} turned {2}°")
    @CsvSource({
        "EAN_13, 4006381333931, 0", "EAN_13, 4006381333931, 90", "EAN_13, 4006381333931, 180",
        "EAN_13, 4006381333931, 270", "EAN_13, 4006381333931, 7",
        "UPC_A, 036000291452, 0", "UPC_A, 036000291452, 90",
        "EAN_8, 96385074, 0",
        "QR_CODE, https://michangarrito.mx/t/CAJA1-000123, 0", "QR_CODE, https://michangarrito.mx/t/CAJA1-000123, 33",
        "QR_CODE, https://michangarrito.mx/t/CAJA1-000123, 180"})
    void findsTheCodeAndItsType(BarcodeFormat format, String code, double degrees) {
        Optional<DecodedBarcode> decoded = decoder.decode(BarcodeImages.photo(format, code, degrees));

        assertEquals(Optional.of(new DecodedBarcode(code, BarcodeDecoder.symbology(format))), decoded);
    }

    @ParameterizedTest(name = "{0} with noise ±{1}")
    @CsvSource({"EAN_13, 4006381333931, 40", "QR_CODE, 7501055300846, 60"})
    void readsThroughSensorNoise(BarcodeFormat format, String code, int noise) {
        Optional<DecodedBarcode> decoded = decoder.decode(BarcodeImages.noisy(BarcodeImages.photo(format, code, 0), noise, 7));

        assertEquals(code, decoded.orElseThrow().text());
    }

    @Test
    void aPictureWithoutACodeGivesNothing() {
        assertEquals(Optional.empty(), decoder.decode(BarcodeImages.noisy(BarcodeImages.blank(), 30, 3)));
    }

    @Test
    void eanAndUpcKeepTheirSymbology() {
        assertEquals(Symbology.EAN_13, BarcodeDecoder.symbology(BarcodeFormat.EAN_13));
        assertEquals(Symbology.UPC_A, BarcodeDecoder.symbology(BarcodeFormat.UPC_A));
        assertEquals(Symbology.UNKNOWN, BarcodeDecoder.symbology(BarcodeFormat.PDF_417));
    }
}
