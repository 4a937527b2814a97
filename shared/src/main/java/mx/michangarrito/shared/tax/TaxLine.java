package mx.michangarrito.shared.tax;

import java.math.BigDecimal;
import java.util.Objects;
import mx.michangarrito.shared.money.Money;

/**
 * One line of a ticket as the tax engine needs it.
 *
 * @param unitPrice the shelf price per unit or per kilogram, taxes included
 * @param quantity  pieces or kilograms (up to 3 decimals), positive
 * @param discount  the line's discount in money (a percentage is turned into money by the caller),
 *                  at most the line's price × quantity
 * @param rates     the taxes included in the price
 */
public record TaxLine(Money unitPrice, BigDecimal quantity, Money discount, TaxRates rates) {

    public TaxLine {
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(discount, "discount");
        Objects.requireNonNull(rates, "rates");
        if (unitPrice.isNegative()) {
            throw new IllegalArgumentException("a price cannot be negative: " + unitPrice);
        }
        if (quantity.signum() <= 0) {
            throw new IllegalArgumentException("a quantity must be positive: " + quantity);
        }
        if (discount.isNegative() || discount.isGreaterThan(unitPrice.times(quantity))) {
            throw new IllegalArgumentException("a discount must be between $0.00 and the line amount: " + discount);
        }
    }

    public static TaxLine of(Money unitPrice, BigDecimal quantity, TaxRates rates) {
        return new TaxLine(unitPrice, quantity, Money.ZERO, rates);
    }

    /** Price × quantity, rounded HALF_UP to the centavo, before any discount. */
    public Money gross() {
        return unitPrice.times(quantity);
    }
}
