package mx.michangarrito.shared.sync;

/** Why cash entered or left a drawer, on the wire. */
public enum CashMovementKind {
    /** Cash taken for a sale, net of change. */
    SALE,
    /** Cash given back for a return. */
    REFUND,
    /** Cash given back because a sale was voided. */
    VOID,
    /** Cash a customer paid towards their fiado balance. */
    FIADO_PAYMENT,
    /** Cash put into the drawer. */
    CASH_IN,
    /** Cash taken out of the drawer. */
    CASH_OUT
}
