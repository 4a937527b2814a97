package mx.michangarrito.hardware.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import mx.michangarrito.hardware.receipt.Alignment;
import mx.michangarrito.hardware.receipt.CodeTable;
import mx.michangarrito.hardware.receipt.DrawerPin;
import mx.michangarrito.hardware.receipt.EscPosRenderer;
import mx.michangarrito.hardware.receipt.MonochromeImage;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.receipt.ReceiptProfile;
import mx.michangarrito.hardware.receipt.TextSize;
import mx.michangarrito.hardware.receipt.TextStyle;
import mx.michangarrito.hardware.testing.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the renderer writes, the virtual printer reads back: text, styles, codes, images, cuts, pulses. */
class VirtualPrinterDecodingTest {

    private static final String SPANISH = "ñÑ áéíóú ÁÉÍÓÚ ¿¡ $1,234.50";

    private static VirtualPrinter feed(byte[] bytes) throws IOException {
        VirtualPrinter printer = new VirtualPrinter();
        ByteArrayOutputStream answers = new ByteArrayOutputStream();
        printer.serve(new ByteArrayInputStream(bytes), answers);
        return printer;
    }

    @Test
    void aRenderedTicketComesBackAsTheSameLinesCodesAndCut() throws IOException {
        MonochromeImage logo = MonochromeImage.ofRows(16, 2, Hex.bytes("FF FF 81 81"));
        ReceiptDocument ticket = ReceiptDocument.builder()
                .logo(logo)
                .text("Abarrotes Doña Lupe", TextStyle.NORMAL.bolded().sized(TextSize.DOUBLE).aligned(Alignment.CENTER))
                .text(SPANISH)
                .separator('-')
                .columns("2 x Leche", "$52.00")
                .ean13("4006381333931")
                .qr("https://michangarrito.mx/t/A-1042")
                .cut()
                .openDrawer()
                .build();

        VirtualPrinter printer = feed(new EscPosRenderer(ReceiptProfile.forPaper(58)).render(ticket));

        assertEquals(1, printer.receipts().size());
        PrintedReceipt receipt = printer.receipts().getFirst();
        assertTrue(receipt.cut());
        // double width on 58 mm holds 16 characters; the blank lines follow the barcode and the QR
        assertEquals(List.of("Abarrotes Doña", "Lupe", SPANISH, "-".repeat(32),
                "2 x Leche" + " ".repeat(17) + "$52.00", "", ""), receipt.lines());
        PrintedItem.Line title = receipt.styledLines().getFirst();
        assertEquals(new PrintedItem.Line("Abarrotes Doña", true, false, 2, 2, Alignment.CENTER, false), title);
        assertEquals(new PrintedItem.Line(SPANISH, false, false, 1, 1, Alignment.LEFT, false), receipt.styledLines().get(2));
        assertEquals(List.of("4006381333931"), receipt.barcodes());
        assertEquals(List.of(new PrintedItem.QrCode("https://michangarrito.mx/t/A-1042", 2, 6)),
                receipt.items().stream().filter(PrintedItem.QrCode.class::isInstance).toList());
        assertEquals(new PrintedItem.Image(logo), receipt.items().getFirst());
        assertEquals(List.of(new DrawerKick(DrawerPin.PIN_2, 50, 500, false)), printer.drawerKicks());
        assertEquals(0, printer.unknownCommands());
    }

    @ParameterizedTest
    @EnumSource(CodeTable.class)
    void textIsReadInTheCodeTableTheTicketSelected(CodeTable table) throws IOException {
        EscPosRenderer renderer = new EscPosRenderer(ReceiptProfile.forPaper(80).withCodeTable(table));

        VirtualPrinter printer = feed(renderer.render(ReceiptDocument.builder().text("ñ ¿¡ é $").cut().build()));

        assertEquals(List.of("ñ ¿¡ é $"), printer.receipts().getFirst().lines());
    }

    @Test
    void fontBLinesAreToldApartWhetherSetByEscMOrEscBang() throws IOException {
        VirtualPrinter printer = feed(Hex.concat("1B 40 1B 4D 31", "'chica'", "0A 1B 4D 30", "'normal'", "0A 1B 21 01", "'bang'", "0A"));

        assertEquals(List.of(true, false, true),
                printer.onPrinter().styledLines().stream().map(PrintedItem.Line::fontB).toList());
    }

    @Test
    void aCloneStartingInChineseModeGarblesSpanishUnlessTheProfileSendsFsDot() throws IOException {
        ReceiptDocument ticket = ReceiptDocument.builder().text("Señora Muñoz ¿algo más?").cut().build();
        ReceiptProfile plain = ReceiptProfile.forPaper(58);

        VirtualPrinter garbling = new VirtualPrinter();
        garbling.chineseModeAtPowerOn();
        garbling.serve(new ByteArrayInputStream(new EscPosRenderer(plain).render(ticket)), new ByteArrayOutputStream());
        VirtualPrinter fixed = new VirtualPrinter();
        fixed.chineseModeAtPowerOn();
        fixed.serve(new ByteArrayInputStream(new EscPosRenderer(plain.withChineseModeOff(true)).render(ticket)),
                new ByteArrayOutputStream());

        assertTrue(!garbling.receipts().getFirst().lines().getFirst().contains("ñ"), garbling.receipts().toString());
        assertEquals(List.of("Señora Muñoz ¿algo más?"), fixed.receipts().getFirst().lines());
    }

    @Test
    void withoutACutTheTextStaysOnThePrinter() throws IOException {
        VirtualPrinter printer = feed(Hex.concat("1B 40", "'hola'", "0A", "'sin corte'"));

        assertEquals(List.of(), printer.receipts());
        assertEquals(List.of("hola", "sin corte"), printer.onPrinter().lines());
    }

    @Test
    void aRealTimePulseIsRecordedWithItsTime() throws IOException {
        VirtualPrinter printer = feed(Hex.bytes("10 14 01 01 03"));

        assertEquals(List.of(new DrawerKick(DrawerPin.PIN_5, 300, 0, true)), printer.drawerKicks());
        assertTrue(printer.status().drawerPinHigh());
    }

    @Test
    void statusQueriesAreAnsweredInOrderFromTheSetState() throws IOException {
        VirtualPrinter printer = new VirtualPrinter();
        printer.paperOut(true);
        ByteArrayOutputStream answers = new ByteArrayOutputStream();

        printer.serve(new ByteArrayInputStream(Hex.bytes("10 04 01 10 04 02 10 04 03 10 04 04")), answers);

        // paper out: offline (n=1 bit 3), stopped at paper end (n=2 bit 5), both paper sensors (n=4)
        assertEquals("1A 32 12 7E", Hex.of(answers.toByteArray()));
    }

    @Test
    void aSilentPrinterTakesQueriesButAnswersNothing() throws IOException {
        VirtualPrinter printer = new VirtualPrinter();
        printer.silent(true);
        ByteArrayOutputStream answers = new ByteArrayOutputStream();

        printer.serve(new ByteArrayInputStream(Hex.bytes("10 04 01")), answers);

        assertEquals(0, answers.size());
        assertEquals(1, printer.statusQueries());
    }

    @Test
    void whatArrivesWhileThePaperIsOutPrintsOnceWhenItIsRefilled() throws IOException {
        VirtualPrinter printer = new VirtualPrinter();
        printer.paperOut(true);
        printer.serve(new ByteArrayInputStream(Hex.concat("1B 40", "'uno'", "0A 1D 56 30")), new ByteArrayOutputStream());
        assertEquals(List.of(), printer.receipts());

        printer.paperOut(false);

        assertEquals(List.of("uno"), printer.receipts().getFirst().lines());
        assertEquals(1, printer.receipts().size());
        assertEquals(0, printer.heldCommands());
    }
}
