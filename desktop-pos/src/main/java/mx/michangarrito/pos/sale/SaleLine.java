package mx.michangarrito.pos.sale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.LineTaxes;
import mx.michangarrito.shared.tax.TaxRates;

/**
 * A line of a completed sale with its recorded tax split (returns reuse it, never recompute it) and the
 * product's cost at that moment (the reports' margin).
 */
@Entity
@Table(name = "sale_line")
public class SaleLine {

    @Id
    private UUID id;
    @Column(name = "sale_id", nullable = false)
    private UUID saleId;
    @Column(name = "shift_id", nullable = false)
    private UUID shiftId;
    @Column(name = "line_no", nullable = false)
    private int lineNo;
    @Column(name = "product_id", nullable = false)
    private UUID productId;
    @Column(nullable = false, length = 200)
    private String description;
    @Column(nullable = false, precision = 15, scale = 3)
    private BigDecimal quantity;
    @Column(name = "unit_price_centavos", nullable = false)
    private long unitPriceCentavos;
    @Column(name = "discount_centavos", nullable = false)
    private long discountCentavos;
    @Column(name = "amount_centavos", nullable = false)
    private long amountCentavos;
    @Column(name = "base_centavos", nullable = false)
    private long baseCentavos;
    @Column(name = "ieps_centavos", nullable = false)
    private long iepsCentavos;
    @Column(name = "iva_centavos", nullable = false)
    private long ivaCentavos;
    @Enumerated(EnumType.STRING)
    @Column(name = "iva_rate", nullable = false, length = 10)
    private IvaRate ivaRate;
    @Column(name = "ieps_percent", precision = 9, scale = 4)
    private BigDecimal iepsPercent;
    @Column(name = "unit_cost_centavos")
    private Long unitCostCentavos;

    protected SaleLine() {
        // for Hibernate
    }

    SaleLine(UUID id, UUID saleId, UUID shiftId, int lineNo, CartLine line, LineTaxes taxes) {
        this.id = id;
        this.saleId = saleId;
        this.shiftId = shiftId;
        this.lineNo = lineNo;
        this.productId = line.productId();
        this.description = line.description();
        this.quantity = line.quantity();
        this.unitPriceCentavos = line.unitPrice().centavos();
        this.discountCentavos = taxes.discount().centavos();
        this.amountCentavos = taxes.amount().centavos();
        this.baseCentavos = taxes.base().centavos();
        this.iepsCentavos = taxes.ieps().centavos();
        this.ivaCentavos = taxes.iva().centavos();
        this.ivaRate = line.taxes().iva();
        this.iepsPercent = line.taxes().ieps().map(IepsRate::percent).orElse(null);
    }

    /**
     * Keeps {@code product}'s cost as it is now, before the line is stored, so the margin of this sale does
     * not move when the cost changes later; left empty when the product has no cost.
     */
    void recordCostOf(Product product) {
        this.unitCostCentavos = product == null || product.cost().isZero() ? null : product.cost().centavos();
    }

    /** The product's cost when the sale committed; empty on lines sold before it was recorded or without cost. */
    public Optional<Money> unitCost() {
        return Optional.ofNullable(unitCostCentavos).map(Money::ofCentavos);
    }

    public UUID id() {
        return id;
    }

    public UUID saleId() {
        return saleId;
    }

    public int lineNo() {
        return lineNo;
    }

    public UUID productId() {
        return productId;
    }

    public String description() {
        return description;
    }

    public BigDecimal quantity() {
        return quantity;
    }

    public Money unitPrice() {
        return Money.ofCentavos(unitPriceCentavos);
    }

    public Money discount() {
        return Money.ofCentavos(discountCentavos);
    }

    public Money amount() {
        return Money.ofCentavos(amountCentavos);
    }

    public Money base() {
        return Money.ofCentavos(baseCentavos);
    }

    public Money ieps() {
        return Money.ofCentavos(iepsCentavos);
    }

    public Money iva() {
        return Money.ofCentavos(ivaCentavos);
    }

    public TaxRates taxes() {
        return iepsPercent == null ? TaxRates.of(ivaRate) : TaxRates.of(ivaRate, new IepsRate(iepsPercent));
    }
}
