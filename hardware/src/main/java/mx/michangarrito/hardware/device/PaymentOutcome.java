package mx.michangarrito.hardware.device;

/** How a card payment ended. */
public enum PaymentOutcome {
    /** The terminal approved it: the customer was charged. */
    APPROVED,
    /** The bank or the terminal refused it: nothing was charged. */
    DECLINED,
    /** Cancelled before it completed, at the POS or on the terminal. */
    CANCELLED,
    /**
     * The POS could not learn the outcome (no answer, broken frame, link lost). The cashier must look
     * at the terminal's screen before trying again, so the customer is never charged twice.
     */
    ERROR
}
