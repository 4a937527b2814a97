package mx.michangarrito.hardware.sim;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * One connection to a {@link VirtualPrinter}: decodes what arrives, hands commands to the printer,
 * writes status answers back, and ends the connection where the printer was told to drop it.
 */
final class PrinterSession implements EscPosDecoder.Sink {

    private final VirtualPrinter printer;
    private final InputStream in;
    private final OutputStream out;

    PrinterSession(VirtualPrinter printer, InputStream in, OutputStream out) {
        this.printer = printer;
        this.in = new Metered(in);
        this.out = out;
    }

    void run() throws IOException {
        new EscPosDecoder(in, this).run();
    }

    @Override
    public void statusRequest(int n) throws IOException {
        int answer = printer.answer(n);
        if (answer >= 0) {
            out.write(answer);
            out.flush();
        }
    }

    @Override
    public void realTimePulse(int m, int t) {
        printer.realTimeKick(m, t);
    }

    @Override
    public void op(PrintOp op) {
        printer.received(op);
    }

    @Override
    public void unknown(int prefix, int command) {
        printer.notUnderstood();
    }

    /** Reads no more than the printer allows, and closes the connection when it says so. */
    private final class Metered extends FilterInputStream {

        Metered(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            allowed(1);
            return super.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int allowed = allowed(length);
            int n = super.read(buffer, offset, allowed);
            if (n > 0 && n < allowed) {
                printer.unused(allowed - n);
            }
            return n;
        }

        private int allowed(int wanted) throws IOException {
            long allowed = printer.allowance(wanted);
            if (allowed < 0) {
                super.close();
                throw new IOException("The virtual printer dropped the connection");
            }
            return (int) allowed;
        }
    }
}
