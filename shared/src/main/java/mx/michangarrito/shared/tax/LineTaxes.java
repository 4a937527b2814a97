package mx.michangarrito.shared.tax;

import mx.michangarrito.shared.money.Money;

/**
 * How one ticket line's paid amount splits into base and taxes. Always
 * {@code base + ieps + iva == amount} and {@code gross - discount == amount}, every part non-negative.
 *
 * @param gross    price × quantity before discounts
 * @param discount the line's own discount plus its share of the ticket discount
 * @param amount   what the customer pays for the line, taxes included
 * @param base     the amount before taxes (CFDI "Importe" of the concept, after discount)
 * @param ieps     the IEPS in the amount (zero when the line has none)
 * @param iva      the IVA in the amount; its base is {@code base + ieps}
 * @param rates    the line's tax rates
 */
public record LineTaxes(Money gross, Money discount, Money amount, Money base, Money ieps, Money iva, TaxRates rates) {

    /** The base IVA is charged on: the base plus IEPS. */
    public Money ivaBase() {
        return base.plus(ieps);
    }

    public Money taxes() {
        return ieps.plus(iva);
    }
}
