package mx.michangarrito.pos.fiado;

/** How a customer paid towards their account; cash payments go into the drawer and count in the corte. */
public enum PaymentTender {
    CASH, TRANSFER, CARD
}
