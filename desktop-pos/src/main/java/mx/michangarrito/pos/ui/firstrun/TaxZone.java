package mx.michangarrito.pos.ui.firstrun;

import mx.michangarrito.shared.tax.TaxRates;

/** Where the shop pays IVA: the general 16 %, or 8 % as a registered border-zone taxpayer. */
public enum TaxZone {
    GENERAL(TaxRates.IVA_16, "firstrun.zone.general"),
    BORDER(TaxRates.IVA_8, "firstrun.zone.border");

    /** The setting that remembers the zone (its value is the enum name). */
    public static final String SETTING = "shop.tax-zone";

    private final TaxRates standardRate;
    private final String textKey;

    TaxZone(TaxRates standardRate, String textKey) {
        this.standardRate = standardRate;
        this.textKey = textKey;
    }

    /** The IVA new taxed products get by default. */
    public TaxRates standardRate() {
        return standardRate;
    }

    public String textKey() {
        return textKey;
    }
}
