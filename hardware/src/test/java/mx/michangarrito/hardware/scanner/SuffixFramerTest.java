package mx.michangarrito.hardware.scanner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.hardware.device.Symbology;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SuffixFramerTest {

    private static List<ScanFrame> feed(SuffixFramer framer, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        return framer.accept(bytes, 0, bytes.length);
    }

    private static ScanFrame code(String code) {
        return new ScanFrame.Code(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"CR", "LF", "CRLF", "TAB"})
    void eachSuffixEndsACode(ScannerSuffix suffix) {
        SuffixFramer framer = new SuffixFramer(ScannerFraming.DEFAULT.withSuffix(suffix));
        String end = new String(suffix.bytes(), StandardCharsets.US_ASCII);

        List<ScanFrame> frames = feed(framer, "7501055300846" + end + "4006381333931" + end);

        assertEquals(List.of(code("7501055300846"), code("4006381333931")), frames);
    }

    @Test
    void bytesMayArriveOneAtATime() {
        SuffixFramer framer = new SuffixFramer(ScannerFraming.DEFAULT.withSuffix(ScannerSuffix.CRLF));
        List<ScanFrame> frames = new ArrayList<>();
        for (byte b : "12345678\r\n".getBytes(StandardCharsets.US_ASCII)) {
            frames.addAll(framer.accept(new byte[] {b}, 0, 1));
        }
        assertEquals(List.of(code("12345678")), frames);
    }

    @Test
    void aCrlfScannerReadWithCrSkipsTheLineFeeds() {
        SuffixFramer framer = new SuffixFramer(ScannerFraming.DEFAULT);

        assertEquals(List.of(code("111111"), code("222222")), feed(framer, "111111\r\n222222\r\n"));
    }

    @Test
    void aCrlfScannerReadWithLfDropsTheCarriageReturn() {
        SuffixFramer framer = new SuffixFramer(ScannerFraming.DEFAULT.withSuffix(ScannerSuffix.LF));

        assertEquals(List.of(code("111111")), feed(framer, "111111\r\n"));
    }

    @Test
    void theConfiguredPrefixIsRemoved() {
        SuffixFramer framer = new SuffixFramer(ScannerFraming.DEFAULT.withPrefix("]E0"));

        assertEquals(List.of(code("7501055300846")), feed(framer, "]E07501055300846\r"));
    }

    @Test
    void withAimOnTheIdentifierAfterThePrefixIsRemovedAndNamesTheSymbology() {
        SuffixFramer framer = new SuffixFramer(ScannerFraming.DEFAULT.withPrefix("#").withAim(true));

        assertEquals(List.of(new ScanFrame.Code("012345678905", Symbology.UPC_A),
                new ScanFrame.Code("01234565", Symbology.UPC_E), new ScanFrame.Code("12345678", Symbology.CODE_39),
                new ScanFrame.Code("00012345600012", Symbology.ITF), new ScanFrame.Code("X", Symbology.UNKNOWN),
                new ScanFrame.Rejected("#]E", ScanFrame.Reason.MISSING_AIM),
                new ScanFrame.Rejected("#7501055300846", ScanFrame.Reason.MISSING_AIM)),
                feed(framer, "#]E0012345678905\r#]E001234565\r#]A012345678\r#]I100012345600012\r#]d1X\r#]E\r#7501055300846\r"));
    }

    @Test
    void aFrameWithoutThePrefixIsRejectedNotSold() {
        SuffixFramer framer = new SuffixFramer(ScannerFraming.DEFAULT.withPrefix("#"));

        assertEquals(List.of(new ScanFrame.Rejected("55300846", ScanFrame.Reason.MISSING_PREFIX), code("750")),
                feed(framer, "55300846\r#750\r"));
    }

    @Test
    void controlOrHighBytesInsideACodeAreGarbled() {
        SuffixFramer framer = new SuffixFramer(ScannerFraming.DEFAULT);

        List<ScanFrame> frames = feed(framer, "75\u00010\u00e9\r123456\r");

        assertEquals(List.of(new ScanFrame.Rejected("75\u00010\u00e9", ScanFrame.Reason.GARBLED), code("123456")), frames);
    }

    @Test
    void inputWithoutASuffixIsRejectedOnceThenTheNextCodeIsRead() {
        SuffixFramer framer = new SuffixFramer(new ScannerFraming("", ScannerSuffix.CR, 10));

        List<ScanFrame> frames = feed(framer, "0123456789012345678901234\r98765\r");

        assertEquals(2, frames.size(), frames.toString());
        assertEquals(ScanFrame.Reason.TOO_LONG, ((ScanFrame.Rejected) frames.get(0)).reason());
        assertEquals(code("98765"), frames.get(1));
    }

    @Test
    void emptyLinesAreIgnored() {
        SuffixFramer framer = new SuffixFramer(ScannerFraming.DEFAULT);

        assertEquals(List.of(code("123456")), feed(framer, "\r\r\n123456\r"));
    }

    @Test
    void aScanCutByTheLinkIsReportedOnceThenForgotten() {
        SuffixFramer framer = new SuffixFramer(ScannerFraming.DEFAULT);
        feed(framer, "750105");

        assertEquals(Optional.of(new ScanFrame.Rejected("750105", ScanFrame.Reason.CUT)), framer.cut());
        assertEquals(Optional.empty(), framer.cut());
        assertEquals(List.of(code("123456")), feed(framer, "123456\r"));
    }
}
