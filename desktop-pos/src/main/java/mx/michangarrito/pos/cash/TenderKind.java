package mx.michangarrito.pos.cash;

/** How a customer pays. Only cash can exceed what is owed (and give change). */
public enum TenderKind {
    CASH, CARD, TRANSFER, FIADO
}
