package mx.michangarrito.shared.sync;

import java.math.BigDecimal;
import java.util.UUID;

import mx.michangarrito.shared.tax.IvaRate;

/**
 * A product as the cloud holds it. Barcodes travel apart ({@link BarcodeState}), so one can be removed
 * without touching the product.
 *
 * @param productId      the product's UUIDv7
 * @param sku            the shop's own code, else null
 * @param name           the name on the shelf and the ticket
 * @param categoryId     the category, else null
 * @param unit           how it is counted ({@code PIEZA}, {@code KG}, {@code G}, {@code LITRO}, {@code PAQUETE})
 * @param soldByWeight   sold by weight at the counter
 * @param iva            the IVA treatment
 * @param iepsPercent    the IEPS percent, else null
 * @param costCentavos   the cost
 * @param priceCentavos  the tax-inclusive shelf price
 * @param minStock       the stock below which the owner wants to reorder
 * @param scaleItemCode  the item code on scale labels, else null
 * @param active         false once withdrawn from sale
 */
public record ProductState(UUID productId, String sku, String name, UUID categoryId, String unit,
        boolean soldByWeight, IvaRate iva, BigDecimal iepsPercent, long costCentavos, long priceCentavos,
        BigDecimal minStock, String scaleItemCode, boolean active) implements CloudChange {

    /** The kind name. */
    public static final String KIND = "product";

    @Override
    public String entity() {
        return KIND;
    }

    @Override
    public String key() {
        return productId.toString();
    }
}
