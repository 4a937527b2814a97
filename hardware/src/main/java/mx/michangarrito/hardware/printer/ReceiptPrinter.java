package mx.michangarrito.hardware.printer;

import java.util.Optional;
import mx.michangarrito.hardware.device.Device;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.DrawerState;
import mx.michangarrito.hardware.device.PrinterStatus;
import mx.michangarrito.hardware.receipt.ReceiptDocument;

/**
 * An ESC/POS receipt printer. Sending and status reading throw {@link DeviceException} with a message
 * for the cashier; the app prints through a {@link PrintQueue}, which turns failures into waiting
 * jobs and events so a sale never stops for the printer.
 */
public interface ReceiptPrinter extends Device {

    /**
     * This printer's settings.
     *
     * @return the settings
     */
    PrinterSettings settings();

    /**
     * Asks the printer for its four real-time status bytes and sends
     * {@link mx.michangarrito.hardware.device.PrinterStatusChanged} when the answer differs from the last.
     *
     * @return the status; empty on a write-only link (OS spooler), whose status is unknown
     * @throws DeviceException if the printer is not claimed, does not answer within the timeout, or
     *                         answers with bytes that are not status bytes
     */
    Optional<PrinterStatus> readStatus();

    /**
     * Sends raw ESC/POS bytes, reconnecting first if the link was lost.
     *
     * @param escPos the bytes
     * @throws DeviceException if the printer is not claimed or the bytes could not be sent
     */
    void send(byte[] escPos);

    /**
     * Renders a ticket for this printer's profile and sends it.
     *
     * @param document the ticket
     * @throws DeviceException as {@link #send(byte[])}
     */
    void print(ReceiptDocument document);

    /**
     * The drawer's state from the last status read.
     *
     * @return open or closed; unknown before any status or on a write-only link
     */
    DrawerState drawerState();
}
