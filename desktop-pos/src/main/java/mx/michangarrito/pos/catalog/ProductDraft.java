package mx.michangarrito.pos.catalog;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;

/**
 * What an owner fills in to create or edit a product. Checked here for shape; uniqueness (barcodes, SKU,
 * scale code) is checked by {@link CatalogService} against the database.
 *
 * @param barcodes      zero or more codes as scanned or typed
 * @param scaleItemCode the item code printed on scale labels (digits), if the product is weighed there
 */
public record ProductDraft(String name, Optional<String> sku, List<String> barcodes, Optional<UUID> categoryId,
        Unit unit, boolean soldByWeight, TaxRates taxes, Money cost, Money price, BigDecimal minStock,
        Optional<String> scaleItemCode, boolean active) {

    public ProductDraft {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(taxes, "taxes");
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw CatalogException.invalid("name", name);
        }
        sku = sku.map(String::strip).filter(s -> !s.isEmpty());
        if (sku.isPresent() && sku.get().length() > 50) {
            throw CatalogException.invalid("sku", sku.get());
        }
        barcodes = List.copyOf(barcodes);
        if (cost == null || cost.isNegative()) {
            throw CatalogException.invalid("cost", String.valueOf(cost));
        }
        if (price == null || price.isNegative()) {
            throw CatalogException.invalid("price", String.valueOf(price));
        }
        if (minStock == null || minStock.signum() < 0 || minStock.scale() > 3) {
            throw CatalogException.invalid("minStock", String.valueOf(minStock));
        }
        scaleItemCode = scaleItemCode.map(String::strip).filter(s -> !s.isEmpty());
        if (scaleItemCode.isPresent() && !scaleItemCode.get().matches("\\d{1,10}")) {
            throw CatalogException.invalid("scaleItemCode", scaleItemCode.get());
        }
        // Labels print the item code zero-padded ("00123"); it is kept without the padding.
        scaleItemCode = scaleItemCode.map(code -> code.replaceFirst("^0+(?=\\d)", ""));
    }

    /** A counted product with the essentials; other fields take their usual values. */
    public static ProductDraft simple(String name, String barcode, Money price, TaxRates taxes) {
        return new ProductDraft(name, Optional.empty(), barcode == null ? List.of() : List.of(barcode), Optional.empty(),
                Unit.PIEZA, false, taxes, Money.ZERO, price, BigDecimal.ZERO, Optional.empty(), true);
    }
}
