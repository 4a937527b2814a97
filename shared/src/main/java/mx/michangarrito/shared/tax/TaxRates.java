package mx.michangarrito.shared.tax;

import java.util.Objects;
import java.util.Optional;

/**
 * The taxes included in a product's shelf price: its IVA treatment and, for some goods, an IEPS rate.
 *
 * @param iva  the IVA treatment
 * @param ieps the IEPS rate, if the product pays IEPS
 */
public record TaxRates(IvaRate iva, Optional<IepsRate> ieps) {

    public static final TaxRates IVA_16 = of(IvaRate.IVA_16);
    public static final TaxRates IVA_8 = of(IvaRate.IVA_8);
    public static final TaxRates IVA_0 = of(IvaRate.IVA_0);
    public static final TaxRates EXEMPT = of(IvaRate.EXEMPT);

    public TaxRates {
        Objects.requireNonNull(iva, "iva");
        Objects.requireNonNull(ieps, "ieps");
    }

    public static TaxRates of(IvaRate iva) {
        return new TaxRates(iva, Optional.empty());
    }

    public static TaxRates of(IvaRate iva, IepsRate ieps) {
        return new TaxRates(iva, Optional.of(ieps));
    }
}
