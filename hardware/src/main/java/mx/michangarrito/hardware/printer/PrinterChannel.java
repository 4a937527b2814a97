package mx.michangarrito.hardware.printer;

import java.io.Closeable;
import java.io.IOException;
import java.time.Duration;

/** How bytes reach a printer and, on a two-way link, how its status bytes come back. */
interface PrinterChannel extends Closeable {

    /** @return whether {@link #query} works */
    boolean twoWay();

    /**
     * Sends bytes and flushes them.
     *
     * @param bytes ESC/POS bytes
     * @throws IOException if the link fails
     */
    void send(byte[] bytes) throws IOException;

    /**
     * Sends {@code DLE EOT n} and waits for the answer byte.
     *
     * @param n       1 to 4
     * @param timeout how long to wait
     * @return the answer, 0 to 255
     * @throws java.io.InterruptedIOException if nothing came in time
     * @throws IOException                    if the link fails or closed
     */
    int query(int n, Duration timeout) throws IOException;
}
