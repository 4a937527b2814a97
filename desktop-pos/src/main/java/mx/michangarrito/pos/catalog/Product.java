package mx.michangarrito.pos.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.TaxRates;

/** A product on the shelf. Changed only through {@link CatalogService}, which records price history. */
@Entity
@Table(name = "product")
public class Product {

    @Id
    private UUID id;
    @Column(length = 50, unique = true)
    private String sku;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(name = "search_name", nullable = false, length = 200)
    private String searchName;
    @Column(name = "category_id")
    private UUID categoryId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Unit unit;
    @Column(name = "sold_by_weight", nullable = false)
    private boolean soldByWeight;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private IvaRate iva;
    @Column(name = "ieps_percent", precision = 9, scale = 4)
    private BigDecimal iepsPercent;
    @Column(name = "cost_centavos", nullable = false)
    private long costCentavos;
    @Column(name = "price_centavos", nullable = false)
    private long priceCentavos;
    @Column(name = "min_stock", nullable = false, precision = 15, scale = 3)
    private BigDecimal minStock;
    @Column(name = "scale_item_code", length = 10, unique = true)
    private String scaleItemCode;
    @Column(nullable = false)
    private boolean active;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Version
    private long version;

    protected Product() {
        // for Hibernate
    }

    Product(UUID id, ProductDraft draft, Instant now) {
        this.id = id;
        this.createdAt = now;
        apply(draft, now);
    }

    final void apply(ProductDraft draft, Instant now) {
        this.sku = draft.sku().orElse(null);
        this.name = draft.name();
        this.searchName = SearchText.of(draft.name());
        this.categoryId = draft.categoryId().orElse(null);
        this.unit = draft.unit();
        this.soldByWeight = draft.soldByWeight();
        this.iva = draft.taxes().iva();
        this.iepsPercent = draft.taxes().ieps().map(IepsRate::percent).orElse(null);
        this.costCentavos = draft.cost().centavos();
        this.priceCentavos = draft.price().centavos();
        this.minStock = draft.minStock();
        this.scaleItemCode = draft.scaleItemCode().orElse(null);
        this.active = draft.active();
        this.updatedAt = now;
    }

    void changeCost(long centavos, Instant now) {
        this.costCentavos = centavos;
        this.updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public Optional<String> sku() {
        return Optional.ofNullable(sku);
    }

    public String name() {
        return name;
    }

    String searchName() {
        return searchName;
    }

    public Optional<UUID> categoryId() {
        return Optional.ofNullable(categoryId);
    }

    public Unit unit() {
        return unit;
    }

    public boolean soldByWeight() {
        return soldByWeight;
    }

    public TaxRates taxes() {
        return iepsPercent == null ? TaxRates.of(iva) : TaxRates.of(iva, new IepsRate(iepsPercent));
    }

    public Money cost() {
        return Money.ofCentavos(costCentavos);
    }

    public Money price() {
        return Money.ofCentavos(priceCentavos);
    }

    public BigDecimal minStock() {
        return minStock;
    }

    public Optional<String> scaleItemCode() {
        return Optional.ofNullable(scaleItemCode);
    }

    public boolean active() {
        return active;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
