package mx.michangarrito.pos.device;

/**
 * What the sale screen receives from scanners, already on its own thread: a whole code, or a reason (in
 * the person's language) why something the scanner sent was not one.
 */
public interface ScanFeed {

    /** A whole code from a scanner. */
    void scanned(String code);

    /** A partial or noisy scan, or the scanner was unplugged or came back: what to tell the cashier. */
    void problem(String text);
}
