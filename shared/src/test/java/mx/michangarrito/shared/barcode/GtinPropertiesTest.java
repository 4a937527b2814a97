package mx.michangarrito.shared.barcode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class GtinPropertiesTest {

    @Property
    void anyBodyWithItsCheckDigitParses(@ForAll("bodies") String body) {
        String code = body + Gtin.checkDigit(body);

        Gtin gtin = Gtin.parse(code);

        assertEquals(code, gtin.digits());
        assertEquals(14, gtin.gtin14().length());
        assertTrue(gtin.gtin14().endsWith(code));
    }

    @Property
    void changingAnySingleDigitIsRejected(@ForAll("bodies") String body,
                                          @ForAll @IntRange(min = 0, max = 13) int position,
                                          @ForAll @IntRange(min = 1, max = 9) int shift) {
        String code = body + Gtin.checkDigit(body);
        Symbology kind = Gtin.parse(code).kind();
        int at = position % code.length();
        char changed = (char) ('0' + (code.charAt(at) - '0' + shift) % 10);
        String misread = code.substring(0, at) + changed + code.substring(at + 1);

        assertThrows(InvalidBarcodeException.class, () -> Gtin.parse(misread, kind));
    }

    @Property
    void gtin14IsIdempotent(@ForAll("bodies") String body) {
        Gtin gtin = Gtin.parse(body + Gtin.checkDigit(body));

        Gtin again = Gtin.parse(gtin.gtin14());

        assertEquals(gtin.gtin14(), again.gtin14());
        assertEquals(gtin, again);
        assertEquals(Symbology.GTIN_14, again.kind());
    }

    @Property
    void everyValidUpcEExpandsToAValidUpcAOfTheSameItem(@ForAll("upcEBodies") String body) {
        String upcA = UpcE.toUpcA(body + "0");
        String upcE = body + upcA.charAt(11);

        Gtin gtin = Gtin.parse(upcE, Symbology.UPC_E);

        assertEquals(Gtin.parse(upcA), gtin);
        assertTrue(Gtin.interpretations(upcE).contains(gtin));
    }

    /** Bodies of EAN-8 (7 digits), UPC-A (11), EAN-13 (12) and GTIN-14 (13). */
    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.of(7, 11, 12, 13).flatMap(length -> Arbitraries.strings().numeric().ofLength(length));
    }

    /** Number system 0 or 1 and six digits. */
    @Provide
    Arbitrary<String> upcEBodies() {
        return Arbitraries.strings().numeric().ofLength(6).flatMap(
                digits -> Arbitraries.of("0", "1").map(numberSystem -> numberSystem + digits));
    }
}
