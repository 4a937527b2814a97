package mx.michangarrito.pos.sale;

import java.math.BigDecimal;
import java.util.Objects;
import mx.michangarrito.shared.id.Folio;

/**
 * This terminal's sale settings.
 *
 * @param terminalCode         the code that prefixes this terminal's folios (see {@link Folio})
 * @param discountLimitPercent discounts above this share of the gross need a manager
 */
public record SalePolicy(String terminalCode, BigDecimal discountLimitPercent) {

    public SalePolicy {
        new Folio(terminalCode, 1); // validates the code
        Objects.requireNonNull(discountLimitPercent, "discountLimitPercent");
    }
}
