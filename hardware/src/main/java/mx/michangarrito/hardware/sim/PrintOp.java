package mx.michangarrito.hardware.sim;

import mx.michangarrito.hardware.receipt.MonochromeImage;

/** One decoded ESC/POS command that changes the paper or the printer's mode, applied in order. */
sealed interface PrintOp {

    /** {@code ESC @}. */
    record Init() implements PrintOp { }

    /** {@code FS &} (true) or {@code FS .} (false): Chinese (Kanji) character mode. */
    record ChineseMode(boolean on) implements PrintOp { }

    /** {@code ESC t n}. */
    record CodeTable(int n) implements PrintOp { }

    /** {@code ESC M n} or bit 0 of {@code ESC ! n}: true for font B. */
    record Font(boolean b) implements PrintOp { }

    /** {@code ESC E n}. */
    record Bold(boolean on) implements PrintOp { }

    /** {@code ESC - n}. */
    record Underline(boolean on) implements PrintOp { }

    /** {@code GS ! n} or the size bits of {@code ESC ! n}. */
    record Size(int width, int height) implements PrintOp { }

    /** {@code ESC a n}: 0 left, 1 centre, 2 right. */
    record Align(int n) implements PrintOp { }

    /** Printable bytes. */
    record Text(byte[] bytes) implements PrintOp { }

    /** {@code LF}. */
    record LineFeed() implements PrintOp { }

    /** {@code ESC d n}. */
    record FeedLines(int n) implements PrintOp { }

    /** {@code GS k m ...}. */
    record Barcode(int system, byte[] data) implements PrintOp { }

    /** {@code GS ( k} fn 65: model byte n1. */
    record QrModel(int n1) implements PrintOp { }

    /** {@code GS ( k} fn 67. */
    record QrSize(int n) implements PrintOp { }

    /** {@code GS ( k} fn 80. */
    record QrStore(byte[] data) implements PrintOp { }

    /** {@code GS ( k} fn 81. */
    record QrPrint() implements PrintOp { }

    /** {@code GS v 0}. */
    record Image(MonochromeImage image) implements PrintOp { }

    /** {@code GS V}. */
    record Cut(boolean partial) implements PrintOp { }

    /** {@code ESC p m t1 t2}. */
    record Pulse(int m, int t1, int t2) implements PrintOp { }
}
