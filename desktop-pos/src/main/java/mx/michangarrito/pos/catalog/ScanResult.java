package mx.michangarrito.pos.catalog;

import java.math.BigDecimal;
import mx.michangarrito.shared.money.Money;

/** What a scanned code means for the cart. */
public sealed interface ScanResult {

    Product product();

    /** A product's own barcode: one unit (or a weight still to read from the scale). */
    record Item(Product product) implements ScanResult {
    }

    /** A scale label carrying the weight, in kilograms with 3 decimals. */
    record WeighedItem(Product product, BigDecimal kilograms) implements ScanResult {
    }

    /** A scale label carrying the line's price, taxes included. */
    record PricedItem(Product product, Money price) implements ScanResult {
    }
}
