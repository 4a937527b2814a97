package mx.michangarrito.pos.device;

/**
 * What the sale screen hears from the receipt printer, already on its own thread: a problem to show
 * (in the person's language, saying what to do), that the printer is fine again, and in demo mode the
 * picture of each ticket the virtual printer printed.
 */
public interface PrinterFeed {

    /** Paper out, cover open, offline, unplugged: tickets wait. */
    void problem(String text);

    /** The printer can print again and no ticket waits. */
    void ready();

    /** Demo mode: the virtual printer printed a ticket; a PNG of the paper. */
    void printed(byte[] previewPng);

    /**
     * No printer is in use now (the shop chose none); {@code waiting} tickets that were waiting for the last
     * printer are kept and print on the next printer chosen (0: none wait).
     */
    void noPrinter(int waiting);
}
