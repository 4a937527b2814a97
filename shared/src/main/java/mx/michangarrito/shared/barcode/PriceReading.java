package mx.michangarrito.shared.barcode;

/**
 * A pre-priced item: the label carries the price of this package (tax included, as on the shelf).
 *
 * @param itemCode the shop's item code, digits only
 * @param centavos the price in centavos, never negative
 */
public record PriceReading(String itemCode, long centavos) implements VariableMeasureReading {

    /** @throws IllegalArgumentException if the item code is not digits or the price is negative */
    public PriceReading {
        Digits.require(itemCode, "item code");
        if (centavos < 0) {
            throw new IllegalArgumentException("Price must not be negative, got " + centavos + " centavos");
        }
    }
}
