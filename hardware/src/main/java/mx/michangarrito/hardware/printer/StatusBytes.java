package mx.michangarrito.hardware.printer;

import java.io.IOException;
import mx.michangarrito.hardware.device.PaperLevel;
import mx.michangarrito.hardware.device.PrinterStatus;

/**
 * Decodes the answers to {@code DLE EOT n} (n = 1 printer, 2 offline cause, 3 error cause, 4 paper).
 * Every answer has the fixed bits {@code 0xx1xx10}; anything else is not a status byte (a wrong baud
 * rate, another device) and is refused.
 */
public final class StatusBytes {

    /** The bits every status byte has set or clear: bits 0, 1, 4 and 7. */
    private static final int FIXED_MASK = 0x93;
    private static final int FIXED_VALUE = 0x12;

    private StatusBytes() {
    }

    /**
     * The request for status {@code n}.
     *
     * @param n 1 to 4
     * @return {@code 10 04 n}
     */
    public static byte[] request(int n) {
        if (n < 1 || n > 4) {
            throw new IllegalArgumentException("DLE EOT n takes n = 1 to 4: " + n);
        }
        return new byte[] {0x10, 0x04, (byte) n};
    }

    /**
     * Whether a byte has the fixed bits of a status answer.
     *
     * @param b the byte, 0 to 255
     * @return true if it can be a status answer
     */
    public static boolean isStatusByte(int b) {
        return (b & FIXED_MASK) == FIXED_VALUE;
    }

    /**
     * Decodes the four answers.
     *
     * @param printer      the answer to {@code DLE EOT 1}
     * @param offlineCause the answer to {@code DLE EOT 2}
     * @param errorCause   the answer to {@code DLE EOT 3}
     * @param paper        the answer to {@code DLE EOT 4}
     * @return the status
     * @throws IOException if a byte is not a status answer
     */
    public static PrinterStatus decode(int printer, int offlineCause, int errorCause, int paper) throws IOException {
        for (int b : new int[] {printer, offlineCause, errorCause, paper}) {
            if (!isStatusByte(b)) {
                throw new IOException(String.format("Not an ESC/POS status byte: 0x%02X", b));
            }
        }
        PaperLevel level = (paper & 0x60) != 0 || (offlineCause & 0x20) != 0 ? PaperLevel.OUT
                : (paper & 0x0C) != 0 ? PaperLevel.NEAR_END : PaperLevel.OK;
        return new PrinterStatus(
                (printer & 0x08) == 0,
                (offlineCause & 0x04) != 0,
                level,
                (printer & 0x04) != 0,
                (offlineCause & 0x08) != 0,
                (errorCause & 0x08) != 0,
                (errorCause & 0x20) != 0,
                (errorCause & 0x40) != 0);
    }

    /**
     * Encodes a status as the four answers a printer in that state gives, for simulators.
     *
     * @param status the state
     * @return the answers to {@code DLE EOT 1..4}, index 0 for n = 1
     */
    public static int[] encode(PrinterStatus status) {
        int printer = FIXED_VALUE | (status.drawerPinHigh() ? 0x04 : 0) | (status.online() ? 0 : 0x08);
        int offline = FIXED_VALUE | (status.coverOpen() ? 0x04 : 0) | (status.feedButton() ? 0x08 : 0)
                | (status.paper() == PaperLevel.OUT ? 0x20 : 0)
                | (status.cutterError() || status.unrecoverableError() || status.recoverableError() ? 0x40 : 0);
        int error = FIXED_VALUE | (status.cutterError() ? 0x08 : 0) | (status.unrecoverableError() ? 0x20 : 0)
                | (status.recoverableError() ? 0x40 : 0);
        int paper = FIXED_VALUE | switch (status.paper()) {
            case OK -> 0;
            case NEAR_END -> 0x0C;
            case OUT -> 0x6C;
        };
        return new int[] {printer, offline, error, paper};
    }
}
