package mx.michangarrito.pos.stock;

/** Why stock changed. */
public enum MovementReason {
    SALE, RETURN, VOID, PURCHASE, ADJUSTMENT, COUNT
}
