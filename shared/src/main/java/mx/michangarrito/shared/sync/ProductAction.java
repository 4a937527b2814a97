package mx.michangarrito.shared.sync;

/** What a terminal did to a product. */
public enum ProductAction {
    /** A new product. */
    CREATE,
    /** Any change of an existing product: name, price, cost, barcodes, category, active, ... */
    EDIT
}
