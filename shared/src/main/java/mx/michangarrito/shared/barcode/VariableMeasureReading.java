package mx.michangarrito.shared.barcode;

/**
 * What an in-store variable-measure code (prefix 20–29) says: an item code plus either the weight the
 * scale printed or the price of the package. Read with {@link VariableMeasureLayouts#resolve(String)}.
 */
public sealed interface VariableMeasureReading permits WeightReading, PriceReading {

    /** The shop's item code (PLU) as printed, leading zeros kept; the catalog key of the product. */
    String itemCode();
}
