package mx.michangarrito.pos.sale;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ScanResult;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxBreakdown;
import mx.michangarrito.shared.tax.TaxEngine;

/**
 * The sale being rung up (not yet stored). Scanning a product already in the cart adds one to its line,
 * unless it is weighed or priced by a scale label. Not thread-safe: one cart per counter screen.
 */
public final class Cart {

    private static final TaxEngine TAXES = new TaxEngine();

    private final List<CartLine> lines = new ArrayList<>();
    private Discount ticketDiscount = Discount.NONE;
    private UUID customerId;
    private UUID discountApprovedBy;

    /** A cart rebuilt from a parked one (discount approvals are not carried over). */
    static Cart restore(List<CartLine> lines, Discount ticketDiscount, UUID customerId) {
        Cart cart = new Cart();
        cart.lines.addAll(lines);
        cart.ticketDiscount = ticketDiscount;
        cart.customerId = customerId;
        return cart;
    }

    public List<CartLine> lines() {
        return List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Adds what was scanned and returns the index of the line it landed on. */
    public int add(ScanResult scanned) {
        return switch (scanned) {
            case ScanResult.Item item -> addUnits(item.product(), BigDecimal.ONE);
            case ScanResult.WeighedItem w -> append(line(w.product(), w.product().price(), w.kilograms(), true));
            case ScanResult.PricedItem p -> append(pricedLabel(p.product(), p.price()));
        };
    }

    /** Adds {@code quantity} of a product (from search or a quick key); weighed products get their own line. */
    public int addUnits(Product product, BigDecimal quantity) {
        if (!product.soldByWeight()) {
            for (int i = 0; i < lines.size(); i++) {
                CartLine existing = lines.get(i);
                if (existing.productId().equals(product.id()) && !existing.weighed()
                        && existing.unitPrice().equals(product.price())) {
                    lines.set(i, existing.withQuantity(existing.quantity().add(quantity)));
                    return i;
                }
            }
        }
        return append(line(product, product.price(), quantity, product.soldByWeight()));
    }

    private static CartLine line(Product product, Money price, BigDecimal quantity, boolean weighed) {
        return new CartLine(product.id(), product.name(), price, product.taxes(), weighed, quantity, Discount.NONE);
    }

    /**
     * A scale label with a price. Stock needs kilograms, so the weight is the label price ÷ price per kg
     * rounded up to the gram; price × that weight is then at most a few centavos above the label, and
     * those centavos become the line's discount so the customer pays exactly what the label says.
     */
    private static CartLine pricedLabel(Product product, Money labelPrice) {
        Money perKg = product.price();
        if (!perKg.isPositive()) {
            return new CartLine(product.id(), product.name(), labelPrice, product.taxes(), true, BigDecimal.ONE,
                    Discount.NONE);
        }
        BigDecimal kg = BigDecimal.valueOf(labelPrice.centavos())
                .divide(BigDecimal.valueOf(perKg.centavos()), 3, RoundingMode.UP).max(new BigDecimal("0.001"));
        Money rounding = perKg.times(kg).minus(labelPrice);
        return new CartLine(product.id(), product.name(), perKg, product.taxes(), true, kg,
                new Discount.Amount(Money.max(rounding, Money.ZERO)));
    }

    private int append(CartLine line) {
        lines.add(line);
        return lines.size() - 1;
    }

    public void setQuantity(int index, BigDecimal quantity) {
        lines.set(index, lines.get(index).withQuantity(quantity));
    }

    public void remove(int index) {
        lines.remove(index);
    }

    public void setLineDiscount(int index, Discount discount) {
        lines.set(index, lines.get(index).withDiscount(Objects.requireNonNull(discount)));
        discountApprovedBy = null;
    }

    public void setTicketDiscount(Discount discount) {
        ticketDiscount = Objects.requireNonNull(discount);
        discountApprovedBy = null;
    }

    public Discount ticketDiscount() {
        return ticketDiscount;
    }

    public Optional<UUID> customerId() {
        return Optional.ofNullable(customerId);
    }

    public void setCustomer(UUID customer) {
        this.customerId = customer;
    }

    /** Who approved the current discounts (cleared whenever a discount changes). */
    public Optional<UUID> discountApprovedBy() {
        return Optional.ofNullable(discountApprovedBy);
    }

    void approveDiscounts(UUID approver) {
        this.discountApprovedBy = approver;
    }

    /** Price × quantity of every line, before any discount. */
    public Money gross() {
        return Money.sum(lines.stream().map(CartLine::gross).toList());
    }

    /** Totals and taxes of the cart as it stands. */
    public TaxBreakdown totals() {
        List<mx.michangarrito.shared.tax.TaxLine> taxLines = lines.stream().map(CartLine::toTaxLine).toList();
        Money afterLineDiscounts = Money.sum(taxLines.stream().map(l -> l.gross().minus(l.discount())).toList());
        return TAXES.compute(taxLines, ticketDiscount.on(afterLineDiscounts));
    }

    /** Whether the discounts exceed {@code limitPercent} of the gross and so need a manager. */
    public boolean discountsExceed(BigDecimal limitPercent) {
        Money gross = gross();
        return totals().discount().isGreaterThan(gross.percent(limitPercent));
    }

    public void clear() {
        lines.clear();
        ticketDiscount = Discount.NONE;
        customerId = null;
        discountApprovedBy = null;
    }
}
