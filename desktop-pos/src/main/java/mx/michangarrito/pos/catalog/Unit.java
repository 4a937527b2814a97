package mx.michangarrito.pos.catalog;

/** How a product is counted and priced. Kilograms and grams are weighed; the rest are counted. */
public enum Unit {
    PIEZA(false),
    KG(true),
    G(true),
    LITRO(false),
    PAQUETE(false);

    private final boolean weighed;

    Unit(boolean weighed) {
        this.weighed = weighed;
    }

    /** Whether products in this unit are usually sold by weight (the product can say otherwise). */
    public boolean weighedByDefault() {
        return weighed;
    }
}
