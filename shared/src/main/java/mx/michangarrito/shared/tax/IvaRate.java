package mx.michangarrito.shared.tax;

import java.math.BigDecimal;

/**
 * The IVA (value-added tax) treatment of a line. 16 % is the general rate; 8 % applies to registered
 * border-zone taxpayers (a setting of the shop, not of the product); 0 % covers basic foods and
 * medicines; exempt lines carry no IVA and are reported apart from 0 % ones, as SAT requires.
 */
public enum IvaRate {
    IVA_16(new BigDecimal("0.16")),
    IVA_8(new BigDecimal("0.08")),
    IVA_0(BigDecimal.ZERO),
    EXEMPT(BigDecimal.ZERO);

    private final BigDecimal rate;

    IvaRate(BigDecimal rate) {
        this.rate = rate;
    }

    /** The rate as a fraction (0.16 for 16 %); zero for IVA_0 and EXEMPT. */
    public BigDecimal rate() {
        return rate;
    }

    public boolean isExempt() {
        return this == EXEMPT;
    }
}
