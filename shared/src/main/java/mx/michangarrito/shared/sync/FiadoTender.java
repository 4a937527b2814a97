package mx.michangarrito.shared.sync;

/** How a customer paid towards their fiado account, on the wire. */
public enum FiadoTender {
    /** Cash, which goes into the drawer. */
    CASH,
    /** Bank transfer. */
    TRANSFER,
    /** Card. */
    CARD
}
