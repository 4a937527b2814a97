package mx.michangarrito.pos.ui.inventory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductHit;
import mx.michangarrito.pos.stock.PurchaseLine;
import mx.michangarrito.pos.stock.PurchaseService;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.money.MoneyFormat;

/**
 * Receiving a supplier's delivery: scan or type each product, its quantity and unit cost (the current
 * cost is offered), and save the whole purchase in one go; every line becomes a movement of the same
 * purchase, in one transaction.
 */
public final class ReceiveViewModel {

    private final PurchaseService purchases;
    private final Operator operator;
    private final Texts texts;
    private final Consumer<String> onReceived;
    private final ProductLookup lookup;
    private final StringProperty code = new SimpleStringProperty("");
    private final ObservableList<ProductHit> hits = FXCollections.observableArrayList();
    private final IntegerProperty hit = new SimpleIntegerProperty(-1);
    private final StringProperty quantity = new SimpleStringProperty("");
    private final StringProperty cost = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper pending = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper total = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Product product;

    ReceiveViewModel(CatalogService catalog, PurchaseService purchases, Operator operator, Texts texts,
            Consumer<String> onReceived) {
        this.purchases = Objects.requireNonNull(purchases, "purchases");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.onReceived = Objects.requireNonNull(onReceived, "onReceived");
        this.lookup = new ProductLookup(catalog);
        code.addListener((obs, was, now) -> {
            hits.setAll(lookup.search(now));
            hit.set(hits.isEmpty() ? -1 : 0);
        });
        recount();
    }

    /** Enter in the product box: picks the product and offers its current cost; false when not found. */
    public boolean lookUp() {
        try {
            Optional<Product> found = lookup.resolve(code.get(), hit.get());
            if (found.isEmpty()) {
                message.set(texts.get("inventory.not-found", code.get().strip()));
                return false;
            }
            product = found.get();
            pending.set(product.name());
            cost.set(MoneyFormat.format(product.cost()));
            quantity.set("");
            message.set("");
            return true;
        } catch (RuntimeException e) {
            message.set(texts.error(e));
            return false;
        }
    }

    public void moveHit(int delta) {
        if (!hits.isEmpty()) {
            hit.set(Math.max(0, Math.min(hits.size() - 1, hit.get() + delta)));
        }
    }

    /** Adds the picked product with the typed quantity and cost; false with what to fix. */
    public boolean addLine() {
        if (product == null) {
            message.set(texts.get("receive.pick-first"));
            return false;
        }
        Optional<BigDecimal> qty = Quantities.unsigned(quantity.get()).filter(q -> q.signum() > 0);
        if (qty.isEmpty()) {
            message.set(texts.get("receive.bad-quantity", quantity.get()));
            return false;
        }
        Optional<Money> unitCost = Optional.empty();
        if (!cost.get().isBlank()) {
            try {
                Money typed = MoneyFormat.parse(cost.get());
                if (typed.isNegative()) {
                    message.set(texts.get("receive.bad-cost", cost.get(), ""));
                    return false;
                }
                unitCost = Optional.of(typed);
            } catch (RuntimeException e) {
                message.set(texts.get("receive.bad-cost", cost.get(), texts.error(e)));
                return false;
            }
        }
        lines.add(new Line(product.id(), product.name(), qty.get(), unitCost));
        product = null;
        pending.set("");
        code.set("");
        quantity.set("");
        cost.set("");
        message.set("");
        recount();
        return true;
    }

    /** Takes the last line out (a wrong scan). */
    public void removeLast() {
        if (!lines.isEmpty()) {
            lines.removeLast();
            recount();
        }
    }

    private void recount() {
        long centavos = 0;
        for (Line l : lines) {
            centavos += l.unitCost().map(c -> BigDecimal.valueOf(c.centavos()).multiply(l.quantity())
                    .setScale(0, RoundingMode.HALF_UP).longValueExact()).orElse(0L);
        }
        total.set(texts.get("receive.total", lines.size(), texts.money(Money.ofCentavos(centavos))));
    }

    /** Saves every line as one purchase; false (nothing saved) with the reason when refused. */
    public boolean receive() {
        if (lines.isEmpty()) {
            message.set(texts.get("receive.empty"));
            return false;
        }
        try {
            List<PurchaseLine> purchase = lines.stream()
                    .map(l -> new PurchaseLine(l.productId(), l.quantity(), l.unitCost())).toList();
            String text = note.get() == null ? "" : note.get();
            purchases.receive(purchase, Optional.of(text).filter(s -> !s.isBlank()), Optional.of(operator.userId()));
            String done = texts.get("receive.done", lines.size());
            lines.clear();
            recount();
            message.set("");
            onReceived.accept(done);
            return true;
        } catch (RuntimeException e) {
            message.set(texts.error(e));
            return false;
        }
    }

    public StringProperty codeProperty() {
        return code;
    }

    public ObservableList<ProductHit> hits() {
        return FXCollections.unmodifiableObservableList(hits);
    }

    public IntegerProperty hitProperty() {
        return hit;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public StringProperty costProperty() {
        return cost;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableList<Line> lines() {
        return FXCollections.unmodifiableObservableList(lines);
    }

    /** The product picked for the next line, or "". */
    public ReadOnlyStringProperty pendingProperty() {
        return pending.getReadOnlyProperty();
    }

    /** "3 productos · costo $1,234.00". */
    public ReadOnlyStringProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** One product of the purchase being entered. */
    public record Line(UUID productId, String name, BigDecimal quantity, Optional<Money> unitCost) {
    }
}
