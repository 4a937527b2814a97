package mx.michangarrito.pos.sale;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxLine;
import mx.michangarrito.shared.tax.TaxRates;

/**
 * A line in the cart: a product as it was priced when scanned (the price the customer was quoted).
 *
 * @param weighed  sold by weight: a new scan adds a new line instead of adding one to this one
 * @param quantity pieces or kilograms, positive, at most 3 decimals
 */
public record CartLine(UUID productId, String description, Money unitPrice, TaxRates taxes, boolean weighed,
        BigDecimal quantity, Discount discount) {

    public CartLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(taxes, "taxes");
        Objects.requireNonNull(discount, "discount");
        if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 3) {
            throw SaleException.badQuantity(String.valueOf(quantity));
        }
        quantity = quantity.setScale(3);
    }

    /** Price × quantity, HALF_UP to the centavo. */
    public Money gross() {
        return unitPrice.times(quantity);
    }

    public Money discountAmount() {
        return discount.on(gross());
    }

    CartLine withQuantity(BigDecimal newQuantity) {
        return new CartLine(productId, description, unitPrice, taxes, weighed, newQuantity, discount);
    }

    CartLine withDiscount(Discount newDiscount) {
        return new CartLine(productId, description, unitPrice, taxes, weighed, quantity, newDiscount);
    }

    TaxLine toTaxLine() {
        return new TaxLine(unitPrice, quantity, discountAmount(), taxes);
    }
}
