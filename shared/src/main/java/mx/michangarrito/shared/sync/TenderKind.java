package mx.michangarrito.shared.sync;

/** How a sale was paid, on the wire. */
public enum TenderKind {
    /** Cash; the only tender that can exceed what is owed. */
    CASH,
    /** Card, with the terminal's authorisation number as reference. */
    CARD,
    /** Bank transfer (SPEI). */
    TRANSFER,
    /** On the customer's fiado account. */
    FIADO
}
