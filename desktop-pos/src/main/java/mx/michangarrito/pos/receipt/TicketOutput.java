package mx.michangarrito.pos.receipt;

import mx.michangarrito.hardware.receipt.ReceiptDocument;

/**
 * Where tickets go: the configured printer's queue and the drawer plugged into it. Neither call blocks
 * nor throws: problems (paper out, unplugged) arrive later as the printer's own events.
 */
public interface TicketOutput {

    /** Queues a ticket for the printer. */
    void print(String title, ReceiptDocument document);

    /** Pulses the cash drawer open. */
    void openDrawer();
}
