package mx.michangarrito.pos.sale;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.TaxRates;

/** The JSON form of a parked cart: plain fields only, so the stored text stays readable and stable. */
record ParkedCart(List<Line> lines, String ticketDiscountKind, BigDecimal ticketDiscountValue, UUID customerId) {

    record Line(UUID productId, String description, long unitPriceCentavos, String iva, BigDecimal iepsPercent,
            boolean weighed, BigDecimal quantity, String discountKind, BigDecimal discountValue) {
    }

    static ParkedCart of(Cart cart) {
        List<Line> lines = cart.lines().stream().map(l -> new Line(l.productId(), l.description(),
                l.unitPrice().centavos(), l.taxes().iva().name(), l.taxes().ieps().map(IepsRate::percent).orElse(null),
                l.weighed(), l.quantity(), kind(l.discount()), value(l.discount()))).toList();
        return new ParkedCart(lines, kind(cart.ticketDiscount()), value(cart.ticketDiscount()),
                cart.customerId().orElse(null));
    }

    Cart toCart() {
        List<CartLine> cartLines = lines.stream().map(l -> new CartLine(l.productId(), l.description(),
                Money.ofCentavos(l.unitPriceCentavos()), taxes(l.iva(), l.iepsPercent()), l.weighed(), l.quantity(),
                discount(l.discountKind(), l.discountValue()))).toList();
        return Cart.restore(cartLines, discount(ticketDiscountKind, ticketDiscountValue), customerId);
    }

    private static TaxRates taxes(String iva, BigDecimal ieps) {
        IvaRate rate = IvaRate.valueOf(iva);
        return ieps == null ? TaxRates.of(rate) : TaxRates.of(rate, new IepsRate(ieps));
    }

    private static String kind(Discount d) {
        return d instanceof Discount.Percent ? "PERCENT" : "AMOUNT";
    }

    private static BigDecimal value(Discount d) {
        return switch (d) {
            case Discount.Percent p -> p.percent();
            case Discount.Amount a -> BigDecimal.valueOf(a.amount().centavos());
        };
    }

    private static Discount discount(String kind, BigDecimal value) {
        return "PERCENT".equals(kind) ? new Discount.Percent(value)
                : new Discount.Amount(Money.ofCentavos(value.longValueExact()));
    }
}
