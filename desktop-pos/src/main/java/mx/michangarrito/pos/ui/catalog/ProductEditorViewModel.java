package mx.michangarrito.pos.ui.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import mx.michangarrito.pos.catalog.CatalogException;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductDraft;
import mx.michangarrito.pos.catalog.ScanResult;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.money.MoneyFormat;
import mx.michangarrito.shared.tax.IepsRate;
import mx.michangarrito.shared.tax.IvaRate;
import mx.michangarrito.shared.tax.TaxRates;

/**
 * The product form: a new product or an existing one. Barcodes are one field, codes separated by spaces;
 * a scan into it (the codes followed by Enter) is added and checked at once, so a code that belongs to
 * another product is refused with that product's name before saving.
 */
public final class ProductEditorViewModel {

    private final CatalogService catalog;
    private final Operator operator;
    private final Texts texts;
    private final BiConsumer<String, UUID> onSaved;
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty sku = new SimpleStringProperty("");
    private final StringProperty barcodes = new SimpleStringProperty("");
    private final ObjectProperty<Choice<UUID>> category = new SimpleObjectProperty<>();
    private final ObjectProperty<Choice<Unit>> unit = new SimpleObjectProperty<>();
    private final BooleanProperty byWeight = new SimpleBooleanProperty(false);
    private final StringProperty price = new SimpleStringProperty("");
    private final StringProperty cost = new SimpleStringProperty("");
    private final ObjectProperty<Choice<IvaRate>> iva = new SimpleObjectProperty<>();
    private final StringProperty ieps = new SimpleStringProperty("");
    private final StringProperty minStock = new SimpleStringProperty("");
    private final StringProperty scaleCode = new SimpleStringProperty("");
    private final BooleanProperty active = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final List<Choice<UUID>> categories = new ArrayList<>();
    private final List<Choice<Unit>> units = new ArrayList<>();
    private final List<Choice<IvaRate>> ivaRates = new ArrayList<>();
    private final QuickKeyChoice quickKey;
    private UUID productId;
    private long version;

    ProductEditorViewModel(CatalogService catalog, Operator operator, Texts texts, BiConsumer<String, UUID> onSaved) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.onSaved = Objects.requireNonNull(onSaved, "onSaved");
        this.quickKey = new QuickKeyChoice(catalog.quickKeys(), operator, texts);
        categories.add(new Choice<>(null, texts.get("editor.no-category")));
        catalog.categories().forEach(c -> categories.add(new Choice<>(c.id(), c.name())));
        for (Unit u : Unit.values()) {
            units.add(new Choice<>(u, texts.get("unit." + u.name().toLowerCase(Locale.ROOT))));
        }
        for (IvaRate r : IvaRate.values()) {
            ivaRates.add(new Choice<>(r, texts.get("iva." + r.name().toLowerCase(Locale.ROOT))));
        }
        category.set(categories.getFirst());
        unit.set(units.getFirst());
        iva.set(ivaRates.getFirst());
        unit.addListener((obs, was, now) -> {
            if (now != null && productId == null) {
                byWeight.set(now.value().weighedByDefault());
            }
        });
        title.set(texts.get("editor.title.new"));
    }

    /** Fills the form with a stored product, to edit it. */
    void load(UUID id) {
        Product p = catalog.find(id).orElseThrow(() -> new IllegalStateException("no product " + id));
        productId = id;
        version = p.version();
        name.set(p.name());
        sku.set(p.sku().orElse(""));
        barcodes.set(String.join(" ", catalog.barcodes(id)));
        category.set(categories.stream().filter(c -> Objects.equals(c.value(), p.categoryId().orElse(null)))
                .findFirst().orElse(categories.getFirst()));
        unit.set(units.stream().filter(c -> c.value() == p.unit()).findFirst().orElseThrow());
        byWeight.set(p.soldByWeight());
        price.set(MoneyFormat.format(p.price()));
        cost.set(MoneyFormat.format(p.cost()));
        iva.set(ivaRates.stream().filter(c -> c.value() == p.taxes().iva()).findFirst().orElseThrow());
        ieps.set(p.taxes().ieps().map(r -> r.percent().toPlainString()).orElse(""));
        minStock.set(p.minStock().stripTrailingZeros().toPlainString());
        scaleCode.set(p.scaleItemCode().orElse(""));
        active.set(p.active());
        quickKey.load(id);
        title.set(texts.get("editor.title.edit", p.name()));
    }

    /**
     * Enter in the barcode field (a scan ends with one): tidies the codes and checks each against the
     * catalog. Returns false, with the reason, when a code is not valid or belongs to another product.
     */
    public boolean barcodeEntered() {
        List<String> codes = codes();
        barcodes.set(codes.isEmpty() ? "" : String.join(" ", codes) + " ");
        for (String code : codes) {
            try {
                ScanResult found = catalog.scan(code);
                if (found instanceof ScanResult.Item item && !item.product().id().equals(productId)) {
                    message.set(texts.get("editor.barcode-taken", code, item.product().name()));
                    return false;
                }
            } catch (CatalogException e) {
                if (e.reason() != CatalogException.Reason.UNKNOWN_BARCODE) {
                    message.set(texts.error(e));
                    return false;
                }
            }
        }
        message.set(codes.isEmpty() ? "" : texts.get("editor.barcodes-ok", codes.size()));
        return true;
    }

    private List<String> codes() {
        return Arrays.stream(barcodes.get().strip().split("[\\s,;|]+")).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** Saves the form; false (with a message saying what to fix) when something is missing or refused. */
    public boolean save() {
        Optional<ProductDraft> draft = draft();
        if (draft.isEmpty()) {
            return false;
        }
        try {
            Product saved = productId == null ? catalog.create(draft.get(), Optional.of(operator.userId()))
                    : catalog.update(productId, version, draft.get(), Optional.of(operator.userId()));
            productId = saved.id(); // a refused quick key leaves the card open: F12 again saves this product
            version = saved.version();
            Optional<String> refused = quickKey.apply(saved.id());
            message.set(refused.orElse(""));
            if (refused.isPresent()) {
                return false;
            }
            onSaved.accept(saved.name(), saved.id());
            return true;
        } catch (RuntimeException e) {
            message.set(texts.error(e));
            return false;
        }
    }

    private Optional<ProductDraft> draft() {
        if (name.get().isBlank()) {
            return fail(texts.get("editor.error.name"));
        }
        Optional<Money> priceValue = amount(price.get(), "editor.price", true);
        Optional<Money> costValue = amount(cost.get(), "editor.cost", false);
        if (priceValue.isEmpty() || costValue.isEmpty()) {
            return Optional.empty();
        }
        TaxRates taxes = TaxRates.of(iva.get().value());
        String iepsText = ieps.get().replace("%", "").strip();
        if (!iepsText.isEmpty()) {
            if (!iepsText.matches("\\d{1,3}(\\.\\d{1,4})?")) {
                return fail(texts.get("editor.error.ieps", ieps.get()));
            }
            taxes = TaxRates.of(iva.get().value(), new IepsRate(new BigDecimal(iepsText)));
        }
        String minText = minStock.get().strip();
        if (!minText.isEmpty() && !minText.matches("\\d{1,9}(\\.\\d{1,3})?")) {
            return fail(texts.get("editor.error.min-stock", minText));
        }
        String scale = scaleCode.get().strip();
        if (!scale.isEmpty() && !scale.matches("\\d{1,10}")) {
            return fail(texts.get("editor.error.scale-code", scale));
        }
        try {
            return Optional.of(new ProductDraft(name.get(), Optional.of(sku.get()), codes(),
                    Optional.ofNullable(category.get().value()), unit.get().value(), byWeight.get(), taxes,
                    costValue.get(), priceValue.get(), minText.isEmpty() ? BigDecimal.ZERO : new BigDecimal(minText),
                    Optional.of(scale), active.get()));
        } catch (RuntimeException e) {
            return fail(texts.error(e));
        }
    }

    private Optional<Money> amount(String text, String field, boolean required) {
        if (text.isBlank() && !required) {
            return Optional.of(Money.ZERO);
        }
        try {
            Money m = MoneyFormat.parse(text);
            if (m.isNegative()) {
                message.set(texts.get("editor.error.negative", texts.get(field)));
                return Optional.empty();
            }
            return Optional.of(m);
        } catch (RuntimeException e) {
            message.set(texts.get("editor.error.amount", texts.get(field), texts.error(e)));
            return Optional.empty();
        }
    }

    private <T> Optional<T> fail(String text) {
        message.set(text);
        return Optional.empty();
    }

    /** The "Tecla rápida" box and the key's place on the sale screen's grid. */
    public QuickKeyChoice quickKey() {
        return quickKey;
    }

    /** Ctrl+↑/↓ on the card: the key one place earlier or later, at once. */
    public void moveQuickKey(int step) {
        message.set(quickKey.move(step).orElse(""));
    }

    public List<Choice<UUID>> categoryChoices() {
        return List.copyOf(categories);
    }

    public List<Choice<Unit>> unitChoices() {
        return List.copyOf(units);
    }

    public List<Choice<IvaRate>> ivaChoices() {
        return List.copyOf(ivaRates);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty skuProperty() {
        return sku;
    }

    public StringProperty barcodesProperty() {
        return barcodes;
    }

    public ObjectProperty<Choice<UUID>> categoryProperty() {
        return category;
    }

    public ObjectProperty<Choice<Unit>> unitProperty() {
        return unit;
    }

    public BooleanProperty byWeightProperty() {
        return byWeight;
    }

    public StringProperty priceProperty() {
        return price;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public ObjectProperty<Choice<IvaRate>> ivaProperty() {
        return iva;
    }

    public StringProperty iepsProperty() {
        return ieps;
    }

    public StringProperty minStockProperty() {
        return minStock;
    }

    public StringProperty scaleCodeProperty() {
        return scaleCode;
    }

    public BooleanProperty activeProperty() {
        return active;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
