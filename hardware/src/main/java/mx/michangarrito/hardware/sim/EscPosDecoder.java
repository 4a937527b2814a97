package mx.michangarrito.hardware.sim;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import mx.michangarrito.hardware.receipt.MonochromeImage;

/**
 * Reads an ESC/POS byte stream command by command, as a printer's parser does: real-time commands
 * ({@code DLE EOT n}, {@code DLE DC4}) go to the sink at once, everything else as {@link PrintOp}s in
 * order. Commands it does not know are counted and skipped with their usual argument byte.
 */
final class EscPosDecoder {

    private static final int LF = 0x0A;
    private static final int CR = 0x0D;
    private static final int DLE = 0x10;
    private static final int ESC = 0x1B;
    private static final int GS = 0x1D;
    private static final int FS = 0x1C;

    /** Where decoded commands go. */
    interface Sink {
        /** {@code DLE EOT n}: answer now. */
        void statusRequest(int n) throws IOException;

        /** {@code DLE DC4 1 m t}: pulse now, even offline. */
        void realTimePulse(int m, int t);

        /** Any other command, in order. */
        void op(PrintOp op);

        /** A command the decoder does not know. */
        void unknown(int prefix, int command);
    }

    private final InputStream in;
    private final Sink sink;
    private final ByteArrayOutputStream text = new ByteArrayOutputStream();

    EscPosDecoder(InputStream in, Sink sink) {
        this.in = in;
        this.sink = sink;
    }

    /**
     * Decodes until the stream ends.
     *
     * @throws IOException if reading fails
     */
    void run() throws IOException {
        int b;
        while ((b = readOrEnd()) >= 0) {
            if (b >= 0x20 && b != 0x7F) {
                text.write(b);
                continue;
            }
            flushText();
            switch (b) {
                case LF -> sink.op(new PrintOp.LineFeed());
                case CR -> { } // carriage return: the line feed does the work
                case DLE -> dle();
                case ESC -> esc();
                case GS -> gs();
                case FS -> fs();
                default -> sink.unknown(0, b);
            }
        }
        flushText();
    }

    private void dle() throws IOException {
        int command = read();
        switch (command) {
            case 0x04 -> sink.statusRequest(read());
            case 0x14 -> {
                int fn = read();
                int m = read();
                int t = read();
                if (fn == 1) {
                    sink.realTimePulse(m, t);
                }
            }
            default -> sink.unknown(DLE, command);
        }
    }

    private void esc() throws IOException {
        int command = read();
        switch (command) {
            case '@' -> sink.op(new PrintOp.Init());
            case 't' -> sink.op(new PrintOp.CodeTable(read()));
            case 'E' -> sink.op(new PrintOp.Bold((read() & 1) != 0));
            case '-' -> sink.op(new PrintOp.Underline((read() & 3) != 0));
            case '!' -> {
                int n = read();
                sink.op(new PrintOp.Font((n & 0x01) != 0));
                sink.op(new PrintOp.Bold((n & 0x08) != 0));
                sink.op(new PrintOp.Size((n & 0x20) != 0 ? 2 : 1, (n & 0x10) != 0 ? 2 : 1));
                sink.op(new PrintOp.Underline((n & 0x80) != 0));
            }
            case 'a' -> sink.op(new PrintOp.Align(read() % 48));
            case 'd' -> sink.op(new PrintOp.FeedLines(read()));
            case 'p' -> sink.op(new PrintOp.Pulse(read(), read(), read()));
            case '2' -> { } // default line spacing
            case 'M' -> sink.op(new PrintOp.Font((read() & 1) != 0));
            case '3', 'J', 'R', 'G', 'V', '{' -> read(); // spacing, feed dots, charset, strike, rotate, upside down
            default -> sink.unknown(ESC, command);
        }
    }

    private void gs() throws IOException {
        int command = read();
        switch (command) {
            case '!' -> {
                int n = read();
                sink.op(new PrintOp.Size(((n >> 4) & 7) + 1, (n & 7) + 1));
            }
            case 'V' -> {
                int m = read();
                if (m == 65 || m == 66) {
                    sink.op(new PrintOp.FeedLines(read()));
                }
                sink.op(new PrintOp.Cut(m == 1 || m == 49 || m == 66));
            }
            case 'B', 'h', 'w', 'H', 'f' -> read(); // reverse, barcode height/width/HRI/font
            case 'L', 'W' -> {
                read();
                read();
            }
            case 'k' -> barcode();
            case '(' -> extended();
            case 'v' -> raster();
            default -> sink.unknown(GS, command);
        }
    }

    private void fs() throws IOException {
        int command = read();
        switch (command) {
            case '&' -> sink.op(new PrintOp.ChineseMode(true));
            case '.' -> sink.op(new PrintOp.ChineseMode(false));
            case '!', '-' -> read(); // Kanji print mode, Kanji underline
            default -> sink.unknown(FS, command);
        }
    }

    private void barcode() throws IOException {
        int m = read();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        if (m <= 6) { // function A: data ends with NUL
            int b;
            while ((b = read()) != 0) {
                data.write(b);
            }
        } else {
            data.writeBytes(readN(read()));
        }
        sink.op(new PrintOp.Barcode(m, data.toByteArray()));
    }

    private void extended() throws IOException {
        int function = read();
        int length = read() | read() << 8;
        byte[] body = readN(length);
        if (function != 'k' || length < 2 || body[0] != 49) {
            sink.unknown(GS, '(');
            return;
        }
        switch (body[1]) {
            case 65 -> sink.op(new PrintOp.QrModel(length > 2 ? body[2] & 0xFF : 0));
            case 67 -> sink.op(new PrintOp.QrSize(length > 2 ? body[2] & 0xFF : 0));
            case 69 -> { } // error correction level
            case 80 -> sink.op(new PrintOp.QrStore(java.util.Arrays.copyOfRange(body, Math.min(3, length), length)));
            case 81 -> sink.op(new PrintOp.QrPrint());
            default -> sink.unknown(GS, '(');
        }
    }

    private void raster() throws IOException {
        int zero = read();
        read(); // m: density
        int widthBytes = read() | read() << 8;
        int height = read() | read() << 8;
        byte[] rows = readN(widthBytes * height);
        if (zero != '0' || widthBytes == 0 || height == 0) {
            sink.unknown(GS, 'v');
            return;
        }
        sink.op(new PrintOp.Image(MonochromeImage.ofRows(widthBytes * 8, height, rows)));
    }

    private void flushText() {
        if (text.size() > 0) {
            sink.op(new PrintOp.Text(text.toByteArray()));
            text.reset();
        }
    }

    private int readOrEnd() throws IOException {
        return in.read();
    }

    private int read() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("The stream ended inside a command");
        }
        return b;
    }

    private byte[] readN(int n) throws IOException {
        byte[] bytes = in.readNBytes(n);
        if (bytes.length < n) {
            throw new EOFException("The stream ended inside a command");
        }
        return bytes;
    }
}
