package mx.michangarrito.hardware.sim;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.michangarrito.hardware.receipt.Alignment;
import mx.michangarrito.hardware.receipt.CodeTable;
import mx.michangarrito.hardware.receipt.DrawerPin;

/**
 * The virtual printer's mode and the paper in it: applies {@link PrintOp}s as a printer would, and
 * collects the pieces cut off. Not thread-safe; {@link VirtualPrinter} guards it.
 */
final class Paper {

    /** What a clone in Chinese mode reads bytes above 0x7F as: pairs forming GB2312/GBK characters. */
    private static final Charset CHINESE = Charset.forName("GBK");

    private final Map<Integer, Charset> tables;
    private boolean chinese;
    private final List<PrintedReceipt> cutOff = new ArrayList<>();
    private final List<DrawerKick> kicks = new ArrayList<>();
    private List<PrintedItem> current = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private Charset charset;
    private boolean fontB;
    private boolean bold;
    private boolean underline;
    private int width;
    private int height;
    private Alignment alignment;
    private int qrModel;
    private int qrSize;
    private byte[] qrData = new byte[0];

    /**
     * @param tables which {@code ESC t} number selects which charset on this printer
     */
    Paper(Map<Integer, Charset> tables) {
        this.tables = Map.copyOf(tables);
        reset();
    }

    /** Like a clone whose memory switch starts it in Chinese mode ({@code ESC @} keeps it). */
    void chineseAtPowerOn() {
        chinese = true;
    }

    /** The Epson numbering of {@link CodeTable}. */
    static Map<Integer, Charset> epsonTables() {
        Map<Integer, Charset> tables = new java.util.HashMap<>();
        for (CodeTable table : CodeTable.values()) {
            tables.put(table.escPosNumber(), table.charset());
        }
        return tables;
    }

    void apply(PrintOp op) {
        switch (op) {
            case PrintOp.Init init -> reset();
            case PrintOp.CodeTable table -> charset = tables.getOrDefault(table.n(), CodeTable.CP437.charset());
            case PrintOp.Font font -> fontB = font.b();
            case PrintOp.Bold b -> bold = b.on();
            case PrintOp.Underline u -> underline = u.on();
            case PrintOp.Size size -> {
                width = size.width();
                height = size.height();
            }
            case PrintOp.Align align -> alignment = switch (align.n()) {
                case 1 -> Alignment.CENTER;
                case 2 -> Alignment.RIGHT;
                default -> Alignment.LEFT;
            };
            case PrintOp.ChineseMode mode -> chinese = mode.on();
            case PrintOp.Text text -> line.append(new String(text.bytes(), chinese ? CHINESE : charset));
            case PrintOp.LineFeed feed -> endLine();
            case PrintOp.FeedLines feed -> {
                endLineIfAny();
                current.add(new PrintedItem.Feed(feed.n()));
            }
            case PrintOp.Barcode barcode -> {
                endLineIfAny();
                current.add(new PrintedItem.Barcode(barcode.system(), new String(barcode.data(), StandardCharsets.US_ASCII)));
            }
            case PrintOp.QrModel model -> qrModel = model.n1() == 49 ? 1 : model.n1() == 50 ? 2 : 0;
            case PrintOp.QrSize size -> qrSize = size.n();
            case PrintOp.QrStore store -> qrData = store.data();
            case PrintOp.QrPrint print -> {
                endLineIfAny();
                current.add(new PrintedItem.QrCode(new String(qrData, StandardCharsets.UTF_8), qrModel, qrSize));
            }
            case PrintOp.Image image -> {
                endLineIfAny();
                current.add(new PrintedItem.Image(image.image()));
            }
            case PrintOp.Cut cut -> {
                endLineIfAny();
                cutOff.add(new PrintedReceipt(current, true));
                current = new ArrayList<>();
            }
            case PrintOp.Pulse pulse -> kicks.add(new DrawerKick(pin(pulse.m()), pulse.t1() * 2, pulse.t2() * 2, false));
        }
    }

    void realTimeKick(int m, int t) {
        kicks.add(new DrawerKick(pin(m), t * 100, 0, true));
    }

    List<PrintedReceipt> cutOff() {
        return List.copyOf(cutOff);
    }

    PrintedReceipt onPrinter() {
        List<PrintedItem> items = new ArrayList<>(current);
        if (!line.isEmpty()) {
            items.add(line());
        }
        return new PrintedReceipt(items, false);
    }

    List<DrawerKick> kicks() {
        return List.copyOf(kicks);
    }

    private static DrawerPin pin(int m) {
        return (m & 1) == 0 ? DrawerPin.PIN_2 : DrawerPin.PIN_5;
    }

    private void reset() {
        charset = tables.getOrDefault(0, CodeTable.CP437.charset());
        fontB = false;
        bold = false;
        underline = false;
        width = 1;
        height = 1;
        alignment = Alignment.LEFT;
    }

    private void endLine() {
        current.add(line());
        line.setLength(0);
    }

    private void endLineIfAny() {
        if (!line.isEmpty()) {
            endLine();
        }
    }

    private PrintedItem.Line line() {
        return new PrintedItem.Line(line.toString(), bold, underline, width, height, alignment, fontB);
    }
}
