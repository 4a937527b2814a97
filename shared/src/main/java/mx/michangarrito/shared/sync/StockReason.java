package mx.michangarrito.shared.sync;

/** Why stock changed, on the wire. */
public enum StockReason {
    /** Sold (negative delta). */
    SALE,
    /** Returned by a customer (positive delta). */
    RETURN,
    /** A voided sale put back (positive delta). */
    VOID,
    /** Bought from a supplier. */
    PURCHASE,
    /** Corrected by hand (breakage, theft, gift). */
    ADJUSTMENT,
    /** Set by a physical count: the delta to the counted quantity. */
    COUNT
}
