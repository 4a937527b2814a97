package mx.michangarrito.hardware.receipt;

import com.github.anastaciocintra.escpos.EscPos;
import com.github.anastaciocintra.escpos.EscPosConst.Justification;
import com.github.anastaciocintra.escpos.Style;
import com.github.anastaciocintra.escpos.barcode.BarCode;
import com.github.anastaciocintra.escpos.image.BitonalThreshold;
import com.github.anastaciocintra.escpos.image.EscPosImage;
import com.github.anastaciocintra.escpos.image.RasterBitImageWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a {@link ReceiptDocument} as ESC/POS bytes for one printer's {@link ReceiptProfile}, through
 * escpos-coffee: {@code ESC @}, {@code FS .} if the profile leaves Chinese mode, the code table, then
 * each element. Text is made printable for the
 * code table first (see {@link PrintableText}) and then laid out, so a replaced character never
 * shifts a column.
 *
 * <p>The QR code is written by hand: escpos-coffee 4.1.0 sends {@code 0x31} (model 1) for its
 * {@code QRModel._2}; Epson's {@code GS ( k} function 165 wants {@code 0x32} for model 2.
 */
public final class EscPosRenderer {

    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int FS = 0x1C;

    private final ReceiptProfile profile;
    private final PrintableText printable;

    /**
     * For one printer.
     *
     * @param profile the printer's paper, code table, cutter and drawer settings
     */
    public EscPosRenderer(ReceiptProfile profile) {
        this.profile = profile;
        this.printable = new PrintableText(profile.codeTable());
    }

    /**
     * The bytes of a document.
     *
     * @param document the ticket
     * @return ESC/POS bytes, starting with {@code ESC @}
     * @throws IllegalArgumentException if a logo is wider than the paper
     */
    public byte[] render(ReceiptDocument document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(document, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return bytes.toByteArray();
    }

    /**
     * Writes a document to a stream.
     *
     * @param document the ticket
     * @param out      where the bytes go
     * @throws IOException if the stream fails
     */
    public void write(ReceiptDocument document, OutputStream out) throws IOException {
        EscPos escPos = new EscPos(out);
        escPos.initializePrinter();
        if (profile.chineseModeOff()) {
            write(escPos, FS, '.');
        }
        escPos.setPrinterCharacterTable(profile.codeTableNumber());
        for (ReceiptElement element : document.elements()) {
            switch (element) {
                case ReceiptElement.Text text -> text(escPos, text);
                case ReceiptElement.Columns columns -> lines(escPos, columns.style().aligned(Alignment.LEFT),
                        LineWrap.columns(printable.of(columns.left()), printable.of(columns.right()),
                                widthFor(columns.style())));
                case ReceiptElement.Separator separator -> lines(escPos, TextStyle.NORMAL,
                        List.of(printable.of(String.valueOf(separator.fill()).repeat(profile.columns()))));
                case ReceiptElement.Ean13 ean -> ean13(escPos, ean);
                case ReceiptElement.QrCode qr -> qr(escPos, qr);
                case ReceiptElement.Logo logo -> logo(escPos, logo.image());
                case ReceiptElement.Feed feed -> feed(escPos, feed.lines());
                case ReceiptElement.Cut cut -> cut(escPos);
                case ReceiptElement.OpenDrawer open -> pulse(escPos, profile.drawerPulse());
            }
        }
        escPos.flush();
    }

    /**
     * The bytes of a drawer pulse alone ({@code ESC p m t1 t2}).
     *
     * @param pulse pin and times
     * @return five bytes
     */
    public static byte[] drawerPulse(DrawerPulse pulse) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            pulse(new EscPos(bytes), pulse);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void text(EscPos escPos, ReceiptElement.Text text) throws IOException {
        int width = widthFor(text.style());
        for (String paragraph : text.text().split("\r?\n", -1)) {
            lines(escPos, text.style(), LineWrap.wrap(printable.of(paragraph), width));
        }
    }

    private int widthFor(TextStyle style) {
        return profile.columns(style.font()) / style.size().width();
    }

    private void lines(EscPos escPos, TextStyle style, List<String> lines) throws IOException {
        byte[] config = style(style).getConfigBytes();
        for (String line : lines) {
            escPos.write(config, 0, config.length);
            byte[] text = line.getBytes(profile.codeTable().charset());
            escPos.write(text, 0, text.length);
            escPos.write('\n');
        }
    }

    private static Style style(TextStyle style) {
        return new Style()
                .setFontName(style.font() == CharacterFont.B ? Style.FontName.Font_B : Style.FontName.Font_A_Default)
                .setBold(style.bold())
                .setUnderline(style.underline() ? Style.Underline.OneDotThick : Style.Underline.None_Default)
                .setFontSize(size(style.size().width()), size(style.size().height()))
                .setJustification(justification(style.alignment()));
    }

    private static Style.FontSize size(int multiplier) {
        return multiplier == 2 ? Style.FontSize._2 : Style.FontSize._1;
    }

    private static Justification justification(Alignment alignment) {
        return switch (alignment) {
            case LEFT -> Justification.Left_Default;
            case CENTER -> Justification.Center;
            case RIGHT -> Justification.Right;
        };
    }

    private static void ean13(EscPos escPos, ReceiptElement.Ean13 ean) throws IOException {
        BarCode barCode = new BarCode()
                .setSystem(BarCode.BarCodeSystem.JAN13_B)
                .setHRIPosition(BarCode.BarCodeHRIPosition.BelowBarCode)
                .setBarCodeSize(2, 80)
                .setJustification(Justification.Center);
        escPos.write(barCode, ean.digits());
        escPos.write('\n');
    }

    private static void qr(EscPos escPos, ReceiptElement.QrCode qr) throws IOException {
        byte[] data = qr.data().getBytes(StandardCharsets.UTF_8);
        int stored = data.length + 3;
        write(escPos, ESC, 'a', 1);
        write(escPos, GS, '(', 'k', 4, 0, '1', 'A', '2', 0);
        write(escPos, GS, '(', 'k', 3, 0, '1', 'C', qr.moduleSize());
        write(escPos, GS, '(', 'k', 3, 0, '1', 'E', '1');
        write(escPos, GS, '(', 'k', stored & 0xFF, stored >> 8, '1', 'P', '0');
        escPos.write(data, 0, data.length);
        write(escPos, GS, '(', 'k', 3, 0, '1', 'Q', '0');
        escPos.write('\n');
    }

    private void logo(EscPos escPos, MonochromeImage image) throws IOException {
        if (image.width() > profile.dotsPerLine()) {
            throw new IllegalArgumentException("The logo is " + image.width() + " dots wide; this paper prints "
                    + profile.dotsPerLine());
        }
        RasterBitImageWrapper raster = new RasterBitImageWrapper().setJustification(Justification.Center);
        escPos.write(raster, new EscPosImage(new MonochromeCoffeeImage(image), new BitonalThreshold()));
    }

    private static void feed(EscPos escPos, int lines) throws IOException {
        write(escPos, ESC, 'd', lines);
    }

    private void cut(EscPos escPos) throws IOException {
        if (profile.feedBeforeCut() > 0) {
            feed(escPos, profile.feedBeforeCut());
        }
        switch (profile.cut()) {
            case FULL -> escPos.cut(EscPos.CutMode.FULL);
            case PARTIAL -> escPos.cut(EscPos.CutMode.PART);
            case NONE -> {
                // no cutter: the feed above brings the ticket out to tear
            }
        }
    }

    private static void pulse(EscPos escPos, DrawerPulse pulse) throws IOException {
        EscPos.PinConnector pin = pulse.pin() == DrawerPin.PIN_2 ? EscPos.PinConnector.Pin_2 : EscPos.PinConnector.Pin_5;
        escPos.pulsePin(pin, pulse.onUnits(), pulse.offUnits());
    }

    private static void write(EscPos escPos, int... bytes) throws IOException {
        for (int b : bytes) {
            escPos.write(b);
        }
    }
}
