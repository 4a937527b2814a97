package mx.michangarrito.hardware.payment;

import mx.michangarrito.hardware.device.Device;
import mx.michangarrito.hardware.device.PaymentResult;

/**
 * A card payment terminal driven from the POS. A transaction blocks until the terminal answers, the
 * cashier cancels, or a timeout passes; its {@link PaymentResult} is returned and also sent to
 * listeners. Communication failures are results ({@link mx.michangarrito.hardware.device.PaymentOutcome#ERROR}
 * with a message telling the cashier to look at the terminal), never exceptions, so a sale is never
 * left hanging. Only one transaction runs at a time.
 */
public interface CardTerminal extends Device {

    /**
     * Charges the card.
     *
     * @param amountCentavos the amount in centavos, 1 to 99,999,999
     * @return how it ended
     * @throws mx.michangarrito.hardware.device.DeviceException if the terminal is not enabled or the
     *         amount is out of range
     */
    PaymentResult sale(long amountCentavos);

    /**
     * Gives an amount back to the card.
     *
     * @param amountCentavos the amount in centavos, 1 to 99,999,999
     * @return how it ended
     * @throws mx.michangarrito.hardware.device.DeviceException if the terminal is not enabled or the
     *         amount is out of range
     */
    PaymentResult refund(long amountCentavos);

    /**
     * Stops waiting for the transaction in progress, from another thread (the cashier's "Cancelar");
     * the transaction then ends as {@link mx.michangarrito.hardware.device.PaymentOutcome#CANCELLED}.
     * Does nothing when no transaction is waiting.
     */
    void cancel();
}
