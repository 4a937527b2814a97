package mx.michangarrito.pos.cash;

/** Why cash entered or left the drawer. */
public enum CashMovementKind {
    /** Cash taken for a sale, net of change. */
    SALE,
    /** Cash given back for a return. */
    REFUND,
    /** Cash given back because a sale was voided. */
    VOID,
    /** Cash a customer paid towards their fiado balance. */
    FIADO_PAYMENT,
    /** Cash put into the drawer (more change, a loan). */
    CASH_IN,
    /** Cash taken out (a supplier paid, a withdrawal). */
    CASH_OUT
}
