package mx.michangarrito.shared.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class GtinNormalisationTest {

    @Test
    void upcAAndEan13WithLeadingZeroShareGtin14AndAreEqual() {
        Gtin upcA = Gtin.parse("012345678905");
        Gtin ean13 = Gtin.parse("0012345678905");
        Gtin gtin14 = Gtin.parse("00012345678905");

        assertEquals(Symbology.UPC_A, upcA.kind());
        assertEquals(Symbology.EAN_13, ean13.kind());
        assertEquals("00012345678905", upcA.gtin14());
        assertEquals(upcA.gtin14(), ean13.gtin14());
        assertEquals(upcA, ean13);
        assertEquals(ean13, gtin14);
        assertEquals(upcA.hashCode(), ean13.hashCode());
    }

    @Test
    void equalGtinsKeepTheDigitsAsScanned() {
        assertEquals("012345678905", Gtin.parse("012345678905").digits());
        assertEquals("0012345678905", Gtin.parse("0012345678905").digits());
    }

    @Test
    void ean8AndEan13OfDifferentItemsAreNotEqual() {
        assertNotEquals(Gtin.parse("96385074"), Gtin.parse("4006381333931"));
    }

    @Test
    void gtin14WithAnIndicatorDigitIsAnotherItemThanTheUnit() {
        assertNotEquals(Gtin.parse("10012345678902"), Gtin.parse("012345678905"));
    }

    @Test
    void toStringShowsKindAndDigits() {
        assertEquals("UPC_E 04252614", Gtin.parse("04252614").toString());
    }
}
