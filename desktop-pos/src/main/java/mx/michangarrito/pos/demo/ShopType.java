package mx.michangarrito.pos.demo;

/**
 * The kind of shop the owner runs, chosen on the first run: it decides which starter catalog the sample-catalog
 * option loads ({@link DemoShop#load(ShopType, mx.michangarrito.shared.tax.TaxRates)}) and is remembered as the
 * setting {@link #SETTING} (its value is the enum name).
 */
public enum ShopType {
    /** A corner grocery: the abarrotes sample of {@link DemoShop}, also the demo shop's. */
    ABARROTES,
    /** A stationery shop with copies and prints: {@link PapeleriaCatalog}. */
    PAPELERIA,
    /** A small pharmacy: {@link FarmaciaCatalog}. */
    FARMACIA;

    /** The setting that remembers the shop's type. */
    public static final String SETTING = "shop.type";
}
