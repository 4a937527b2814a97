package mx.michangarrito.shared.tax;

import mx.michangarrito.shared.money.Money;

/**
 * A ticket's total for one tax rate: the base the tax was charged on and the tax.
 *
 * @param base the taxable base (for IVA it includes IEPS)
 * @param tax  the tax amount
 */
public record RateTotal(Money base, Money tax) {

    public static final RateTotal ZERO = new RateTotal(Money.ZERO, Money.ZERO);

    RateTotal add(Money moreBase, Money moreTax) {
        return new RateTotal(base.plus(moreBase), tax.plus(moreTax));
    }
}
