package mx.michangarrito.pos.catalog;

import mx.michangarrito.pos.error.PosException;
import mx.michangarrito.shared.barcode.InvalidBarcodeException;
import mx.michangarrito.shared.text.UserMessage;

/** A catalog operation refused: unknown or duplicate barcode, bad field, and so on. */
public final class CatalogException extends PosException {

    static final String BUNDLE = "mx.michangarrito.pos.catalog.messages";

    /** Why; each has a text under {@code catalog.<name>}, except INVALID_GTIN which uses the barcode's own. */
    public enum Reason {
        INVALID_FIELD, BAD_BARCODE, INVALID_GTIN, UNKNOWN_BARCODE, DUPLICATE_BARCODE, DUPLICATE_SKU,
        DUPLICATE_SCALE_CODE, UNKNOWN_PRODUCT, CATEGORY_NAME_TAKEN, EDITED_ELSEWHERE, NOT_ALLOWED;

        String key() {
            return "catalog." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    private CatalogException(Reason reason, String technical, UserMessage message, Throwable cause) {
        super(technical, message, cause);
        this.reason = reason;
    }

    private static CatalogException of(Reason reason, String technical, Object... args) {
        return new CatalogException(reason, technical, UserMessage.of(BUNDLE, reason.key(), args), null);
    }

    public Reason reason() {
        return reason;
    }

    static CatalogException invalid(String field, String value) {
        return of(Reason.INVALID_FIELD, "invalid product " + field + ": '" + value + "'", field, value);
    }

    static CatalogException badBarcode(String code) {
        return of(Reason.BAD_BARCODE, "not a usable barcode: '" + code + "'", String.valueOf(code));
    }

    static CatalogException invalidGtin(InvalidBarcodeException e) {
        return new CatalogException(Reason.INVALID_GTIN, e.getMessage(), e.userMessage(), e);
    }

    static CatalogException unknownBarcode(String code) {
        return of(Reason.UNKNOWN_BARCODE, "no product has barcode " + code, code);
    }

    static CatalogException duplicateBarcode(String code, String otherProduct) {
        return of(Reason.DUPLICATE_BARCODE, "barcode " + code + " belongs to " + otherProduct, code, otherProduct);
    }

    static CatalogException duplicateSku(String sku, String otherProduct) {
        return of(Reason.DUPLICATE_SKU, "SKU " + sku + " belongs to " + otherProduct, sku, otherProduct);
    }

    static CatalogException duplicateScaleCode(String code, String otherProduct) {
        return of(Reason.DUPLICATE_SCALE_CODE, "scale code " + code + " belongs to " + otherProduct, code, otherProduct);
    }

    static CatalogException unknownProduct(Object id) {
        return of(Reason.UNKNOWN_PRODUCT, "no product " + id, String.valueOf(id));
    }

    static CatalogException categoryNameTaken(String name) {
        return of(Reason.CATEGORY_NAME_TAKEN, "category exists: " + name, name);
    }

    static CatalogException editedElsewhere(String product) {
        return of(Reason.EDITED_ELSEWHERE, "product changed since it was loaded: " + product, product);
    }

    static CatalogException notAllowed() {
        return of(Reason.NOT_ALLOWED, "only a manager or the owner may change the quick keys");
    }
}
