package mx.michangarrito.hardware.receipt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import mx.michangarrito.hardware.testing.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every element, byte for byte, against the tables of PROTOCOLS.md. */
class EscPosRendererTest {

    /** ESC @, then ESC t 19 (CP858). */
    private static final String START = "1B 40 1B 74 13";
    /** escpos-coffee's style block: ESC M 0, ESC E 0, GS ! 0, ESC - 0, ESC a 0, ESC 2, GS B 0. */
    private static final String PLAIN = "1B 4D 30 1B 45 00 1D 21 00 1B 2D 30 1B 61 30 1B 32 1D 42 00";

    private final EscPosRenderer renderer58 = new EscPosRenderer(ReceiptProfile.forPaper(58));

    private String render(ReceiptDocument document) {
        return Hex.of(renderer58.render(document));
    }

    @Test
    void anEmptyTicketOnlyInitialisesAndSelectsTheCodeTable() {
        assertEquals(START, render(ReceiptDocument.builder().build()));
    }

    @ParameterizedTest(name = "{0} selects ESC t {1}")
    @CsvSource({"CP858, 13", "WPC1252, 10", "CP850, 02", "CP437, 00"})
    void theCodeTableIsSelectedWithItsEpsonNumber(CodeTable table, String n) {
        EscPosRenderer renderer = new EscPosRenderer(ReceiptProfile.forPaper(80).withCodeTable(table));

        assertEquals("1B 40 1B 74 " + n, Hex.of(renderer.render(ReceiptDocument.builder().build())));
    }

    @Test
    void aStarPrinterCanCallCp858ByItsOwnNumber() {
        ReceiptProfile star = new ReceiptProfile(48, 64, 576, CodeTable.CP858, 4, CutMode.PARTIAL, 3, DrawerPulse.DEFAULT, false);

        String bytes = Hex.of(new EscPosRenderer(star).render(ReceiptDocument.builder().text("ñ").build()));

        assertEquals("1B 40 1B 74 04 " + PLAIN + " A4 0A", bytes);
    }

    @Test
    void aCloneInChineseModeIsToldToLeaveItRightAfterInit() {
        EscPosRenderer renderer = new EscPosRenderer(ReceiptProfile.forPaper(58).withChineseModeOff(true));

        assertEquals("1B 40 1C 2E 1B 74 13", Hex.of(renderer.render(ReceiptDocument.builder().build())));
    }

    @Test
    void plainSpanishTextIsEncodedInCp858AndEndsWithALineFeed() {
        String bytes = render(ReceiptDocument.builder().text("ñÑ áéíóú ¿¡ $").build());

        assertEquals(START + " " + PLAIN + " A4 A5 20 A0 82 A1 A2 A3 20 A8 AD 20 24 0A", bytes);
    }

    @Test
    void boldCentredDoubleSizeTextSetsEachStyleByte() {
        TextStyle title = TextStyle.NORMAL.bolded().underlined().sized(TextSize.DOUBLE).aligned(Alignment.CENTER);

        String bytes = render(ReceiptDocument.builder().text("OK", title).build());

        assertEquals(START + " 1B 4D 30 1B 45 01 1D 21 11 1B 2D 31 1B 61 31 1B 32 1D 42 00 4F 4B 0A", bytes);
    }

    @Test
    void doubleWidthTextWrapsAtHalfTheColumns() {
        String bytes = render(ReceiptDocument.builder()
                .text("ABARROTES LA ESQUINA DE LUPE", TextStyle.NORMAL.sized(TextSize.DOUBLE_WIDTH)).build());

        String style = "1B 4D 30 1B 45 00 1D 21 10 1B 2D 30 1B 61 30 1B 32 1D 42 00";
        assertEquals(START + " " + style + " " + Hex.of("ABARROTES LA".getBytes()) + " 0A "
                + style + " " + Hex.of("ESQUINA DE LUPE".getBytes()) + " 0A", bytes);
    }

    @Test
    void fontBSelectsEscM1AndWrapsAtItsOwnColumns() {
        String fine = "Precios con IVA incluido. Conserve su ticket para cambios.";

        String bytes = render(ReceiptDocument.builder().text(fine, TextStyle.NORMAL.small()).build());

        String style = "1B 4D 31 1B 45 00 1D 21 00 1B 2D 30 1B 61 30 1B 32 1D 42 00";
        assertEquals(START + " " + style + " " + Hex.of("Precios con IVA incluido. Conserve su".getBytes()) + " 0A "
                + style + " " + Hex.of("ticket para cambios.".getBytes()) + " 0A", bytes);
    }

    @Test
    void aLineBreakInTheTextStartsANewLine() {
        String bytes = render(ReceiptDocument.builder().text("a\nb").build());

        assertEquals(START + " " + PLAIN + " 61 0A " + PLAIN + " 62 0A", bytes);
    }

    @Test
    void twoColumnsFillTheLineWithTheAmountFlushRight() {
        String bytes = render(ReceiptDocument.builder().columns("Leche", "$26.00").build());

        assertEquals(START + " " + PLAIN + " " + Hex.of(("Leche" + " ".repeat(21) + "$26.00").getBytes()) + " 0A", bytes);
    }

    @Test
    void aSeparatorSpansThePaper() {
        EscPosRenderer renderer80 = new EscPosRenderer(ReceiptProfile.forPaper(80));

        byte[] bytes = renderer80.render(ReceiptDocument.builder().separator('=').build());

        assertEquals(START + " " + PLAIN + " " + Hex.of("=".repeat(48).getBytes()) + " 0A", Hex.of(bytes));
    }

    @ParameterizedTest(name = "{0} mm, {1}/{2} columns")
    @CsvSource({"58, 32, 42", "80, 48, 64", "80, 42, 56"})
    void separatorsSpanFontAColumnsAndFineLinesFontBColumns(int paper, int fontA, int fontB) {
        ReceiptProfile profile = ReceiptProfile.forPaper(paper).withColumns(fontA, fontB, fontA * 12);
        ReceiptDocument document = ReceiptDocument.builder().separator('-').text("x".repeat(fontB + 1), TextStyle.NORMAL.small()).build();

        String bytes = Hex.of(new EscPosRenderer(profile).render(document));

        assertTrue(bytes.contains(" " + Hex.of("-".repeat(fontA).getBytes()) + " 0A "), bytes);
        assertTrue(bytes.contains(" " + Hex.of("x".repeat(fontB).getBytes()) + " 0A "), bytes);
        assertTrue(bytes.endsWith("1D 42 00 78 0A"), bytes);
    }

    @Test
    void anEan13UsesFunctionBWithItsLengthAndTheDigitsBelow() {
        String bytes = render(ReceiptDocument.builder().ean13("4006381333931").build());

        // GS h 80, GS w 2, GS H 2 (HRI below), GS f 0, ESC a 1, GS k 67 13 <digits>, LF
        assertEquals(START + " 1D 68 50 1D 77 02 1D 48 32 1D 66 30 1B 61 31 1D 6B 43 0D "
                + Hex.of("4006381333931".getBytes()) + " 0A", bytes);
    }

    @Test
    void anEan13WithAWrongCheckDigitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ReceiptDocument.builder().ean13("4006381333932"));
        assertThrows(IllegalArgumentException.class, () -> ReceiptDocument.builder().ean13("400638133393"));
    }

    @Test
    void aQrCodeIsModel2SizeNLevelMStoredThenPrinted() {
        String bytes = render(ReceiptDocument.builder().qr("https://mi.mx/t/1").build());

        byte[] data = "https://mi.mx/t/1".getBytes();
        assertEquals(START + " 1B 61 01"
                + " 1D 28 6B 04 00 31 41 32 00"
                + " 1D 28 6B 03 00 31 43 06"
                + " 1D 28 6B 03 00 31 45 31"
                + " 1D 28 6B 14 00 31 50 30 " + Hex.of(data)
                + " 1D 28 6B 03 00 31 51 30 0A", bytes);
    }

    @Test
    void aLongQrPayloadSplitsItsStoredLengthIntoLowAndHighBytes() {
        String data = "x".repeat(300);

        String bytes = render(ReceiptDocument.builder().add(new ReceiptElement.QrCode(data, 4)).build());

        // 300 + 3 = 303 = 0x012F
        assertEquals(true, bytes.contains("1D 28 6B 2F 01 31 50 30 78 78"), bytes);
    }

    @Test
    void aLogoIsARasterImageOfPackedRows() {
        // 10 dots wide, 2 rows: the first all black, the second black only at the two ends
        MonochromeImage logo = MonochromeImage.ofRows(10, 2, Hex.bytes("FF C0 80 40"));

        String bytes = render(ReceiptDocument.builder().logo(logo).build());

        // ESC a 1, GS v 0 m=0 xL=2 xH=0 yL=2 yH=0, rows
        assertEquals(START + " 1B 61 31 1D 76 30 00 02 00 02 00 FF C0 80 40", bytes);
    }

    @Test
    void aLogoWiderThanThePaperIsRefused() {
        MonochromeImage wide = MonochromeImage.ofRows(400, 1, new byte[50]);

        assertThrows(IllegalArgumentException.class, () -> render(ReceiptDocument.builder().logo(wide).build()));
    }

    @Test
    void feedCutAndDrawerUseTheProfile() {
        String bytes = render(ReceiptDocument.builder().feed(2).cut().openDrawer().build());

        assertEquals(START + " 1B 64 02 1B 64 04 1D 56 30 1B 70 30 19 FA", bytes);
    }

    @ParameterizedTest(name = "{0} cut")
    @CsvSource({"FULL, 1B 64 04 1D 56 30", "PARTIAL, 1B 64 04 1D 56 31", "NONE, 1B 64 04"})
    void theCutterOfTheProfileDecidesTheCut(CutMode mode, String expected) {
        EscPosRenderer renderer = new EscPosRenderer(ReceiptProfile.forPaper(58).withCut(mode));

        assertEquals(START + " " + expected, Hex.of(renderer.render(ReceiptDocument.builder().cut().build())));
    }

    @ParameterizedTest(name = "{0} {1}/{2} ms")
    @CsvSource({"PIN_2, 50, 500, 1B 70 30 19 FA", "PIN_5, 50, 500, 1B 70 31 19 FA", "PIN_2, 100, 200, 1B 70 30 32 64"})
    void aDrawerPulseCountsInTwoMillisecondUnits(DrawerPin pin, int on, int off, String expected) {
        assertEquals(expected, Hex.of(EscPosRenderer.drawerPulse(new DrawerPulse(pin, on, off))));
    }

    @Test
    void writingToAStreamGivesTheSameBytesAsRendering() throws IOException {
        ReceiptDocument document = ReceiptDocument.builder().text("Hola").ean13("4006381333931").cut().build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        renderer58.write(document, out);

        assertEquals(Hex.of(renderer58.render(document)), Hex.of(out.toByteArray()));
    }
}
