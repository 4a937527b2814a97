package mx.michangarrito.shared.sync;

import java.util.UUID;

/**
 * A barcode and the product it rings up; a code moved to another product is the same key with a new
 * product. Removed with a {@link Tombstone} of kind {@value #KIND}.
 *
 * @param code      the code in its stored form (GTINs as 14 digits, a shop's own code as typed in upper case)
 * @param productId the product
 */
public record BarcodeState(String code, UUID productId) implements CloudChange {

    /** The kind name. */
    public static final String KIND = "barcode";

    @Override
    public String entity() {
        return KIND;
    }

    @Override
    public String key() {
        return code;
    }
}
