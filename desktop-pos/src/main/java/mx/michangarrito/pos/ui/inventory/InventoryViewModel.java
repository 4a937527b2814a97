package mx.michangarrito.pos.ui.inventory;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.catalog.ProductHit;
import mx.michangarrito.pos.stock.PurchaseService;
import mx.michangarrito.pos.stock.StockMovement;
import mx.michangarrito.pos.stock.StockService;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.user.Operator;

/**
 * The inventory section: pick a product (scan or type), see its stock and movements (dates in the shop's
 * zone), adjust it with a reason or enter a physical count; or see the low-stock list. Receiving a
 * purchase has its own card ({@link ReceiveViewModel}).
 */
public final class InventoryViewModel {

    /** Why stock is adjusted by hand; the chosen reason starts the movement's note. */
    public static final List<String> ADJUST_REASONS = List.of("waste", "expired", "damaged", "theft", "own-use",
            "found", "typo", "other");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final CatalogService catalog;
    private final StockService stock;
    private final PurchaseService purchases;
    private final Operator operator;
    private final Texts texts;
    private final ZoneId zone;
    private final ProductLookup lookup;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<ProductHit> hits = FXCollections.observableArrayList();
    private final IntegerProperty hit = new SimpleIntegerProperty(-1);
    private final ObjectProperty<Product> product = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper productInfo = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper showingLow = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<MovementRow> movements = FXCollections.observableArrayList();
    private final ObservableList<LowRow> low = FXCollections.observableArrayList();
    private final StringProperty adjustQuantity = new SimpleStringProperty("");
    private final IntegerProperty adjustReason = new SimpleIntegerProperty(0);
    private final StringProperty adjustNote = new SimpleStringProperty("");
    private final StringProperty counted = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);

    public InventoryViewModel(CatalogService catalog, StockService stock, PurchaseService purchases, Operator operator,
            Texts texts, ZoneId zone) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.stock = Objects.requireNonNull(stock, "stock");
        this.purchases = Objects.requireNonNull(purchases, "purchases");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.lookup = new ProductLookup(catalog);
        query.addListener((obs, was, now) -> {
            hits.setAll(lookup.search(now));
            hit.set(hits.isEmpty() ? -1 : 0);
        });
    }

    /** Enter in the product box: the scanned code's product or the highlighted search result. */
    public boolean pick() {
        try {
            Optional<Product> found = lookup.resolve(query.get(), hit.get());
            if (found.isEmpty()) {
                say(texts.get("inventory.not-found", query.get().strip()), true);
                return false;
            }
            show(found.get().id());
            query.set("");
            say("", false);
            return true;
        } catch (RuntimeException e) {
            say(texts.error(e), true);
            return false;
        }
    }

    public void moveHit(int delta) {
        if (!hits.isEmpty()) {
            hit.set(Math.max(0, Math.min(hits.size() - 1, hit.get() + delta)));
        }
    }

    private void show(UUID id) {
        Product p = lookup.find(id).orElseThrow(() -> new IllegalStateException("no product " + id));
        product.set(p);
        BigDecimal onHand = stock.onHand(id);
        productInfo.set(texts.get("inventory.info", p.name(), Quantities.show(onHand), Quantities.show(p.minStock()),
                texts.get("unit." + p.unit().name().toLowerCase(Locale.ROOT))));
        List<MovementRow> rows = new ArrayList<>();
        BigDecimal balance = BigDecimal.ZERO;
        for (StockMovement m : stock.movements(id)) {
            balance = balance.add(m.quantity());
            rows.add(new MovementRow(WHEN.format(m.createdAt().atZone(zone)),
                    texts.get("movement." + m.reason().name().toLowerCase(Locale.ROOT)),
                    (m.quantity().signum() > 0 ? "+" : "") + Quantities.show(m.quantity()), Quantities.show(balance),
                    m.note().orElse("")));
        }
        movements.setAll(rows.reversed());
        showingLow.set(false);
    }

    /** Shows the products at or below their minimum stock instead of the movements. */
    public void showLowStock() {
        try {
            low.setAll(stock.lowStock().stream().map(l -> new LowRow(l.name(), Quantities.show(l.onHand()),
                    Quantities.show(l.minStock()), Quantities.show(l.minStock().subtract(l.onHand())))).toList());
            showingLow.set(true);
            say(low.isEmpty() ? texts.get("inventory.low.none") : texts.get("inventory.low.count", low.size()), false);
        } catch (RuntimeException e) {
            say(texts.error(e), true);
        }
    }

    /** Back to the picked product's movements. */
    public void showMovements() {
        if (product.get() == null) {
            say(texts.get("inventory.pick-first"), true);
            return;
        }
        show(product.get().id());
    }

    /** Whether a product is picked (an adjustment or count needs one); says so when not. */
    public boolean hasProduct() {
        if (product.get() == null) {
            say(texts.get("inventory.pick-first"), true);
            return false;
        }
        return true;
    }

    /** Records the adjustment card's quantity (signed) with its reason; false with what to fix. */
    public boolean adjust() {
        if (!hasProduct()) {
            return false;
        }
        Optional<BigDecimal> delta = Quantities.signed(adjustQuantity.get());
        if (delta.isEmpty()) {
            say(texts.get("inventory.adjust.bad-quantity", adjustQuantity.get()), true);
            return false;
        }
        String reason = texts.get("adjust.reason." + ADJUST_REASONS.get(adjustReason.get()));
        String note = adjustNote.get() == null ? "" : adjustNote.get().strip();
        if (note.isEmpty() && "other".equals(ADJUST_REASONS.get(adjustReason.get()))) {
            say(texts.get("inventory.adjust.note-required"), true);
            return false;
        }
        try {
            stock.adjust(product.get().id(), delta.get(), note.isEmpty() ? reason : reason + ": " + note,
                    Optional.of(operator.userId()));
            show(product.get().id());
            say(texts.get("inventory.adjusted", product.get().name(), Quantities.show(delta.get())), false);
            adjustQuantity.set("");
            adjustNote.set("");
            return true;
        } catch (RuntimeException e) {
            say(texts.error(e), true);
            return false;
        }
    }

    /** Records the physical count: the difference to the system's figure becomes a COUNT movement. */
    public boolean count() {
        if (!hasProduct()) {
            return false;
        }
        Optional<BigDecimal> value = Quantities.unsigned(counted.get());
        if (value.isEmpty()) {
            say(texts.get("inventory.count.bad-quantity", counted.get()), true);
            return false;
        }
        try {
            Optional<StockMovement> moved = stock.count(product.get().id(), value.get(), Optional.of(operator.userId()));
            show(product.get().id());
            say(moved.map(m -> texts.get("inventory.counted", product.get().name(), Quantities.show(value.get()),
                    (m.quantity().signum() > 0 ? "+" : "") + Quantities.show(m.quantity())))
                    .orElse(texts.get("inventory.counted.even", product.get().name())), false);
            counted.set("");
            return true;
        } catch (RuntimeException e) {
            say(texts.error(e), true);
            return false;
        }
    }

    /** A new purchase card; when saved, the picked product's figures are read again. */
    public ReceiveViewModel receiveCard() {
        return new ReceiveViewModel(catalog, purchases, operator, texts, done -> {
            say(done, false);
            if (product.get() != null) {
                show(product.get().id());
            }
        });
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<ProductHit> hits() {
        return FXCollections.unmodifiableObservableList(hits);
    }

    public IntegerProperty hitProperty() {
        return hit;
    }

    /** "Coca-Cola 600 ml — existencia 12 pieza (mínimo 5)", or "" before a product is picked. */
    public ReadOnlyStringProperty productInfoProperty() {
        return productInfo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty showingLowProperty() {
        return showingLow.getReadOnlyProperty();
    }

    public ObservableList<MovementRow> movements() {
        return FXCollections.unmodifiableObservableList(movements);
    }

    public ObservableList<LowRow> lowStock() {
        return FXCollections.unmodifiableObservableList(low);
    }

    public StringProperty adjustQuantityProperty() {
        return adjustQuantity;
    }

    /** Index into {@link #ADJUST_REASONS}. */
    public IntegerProperty adjustReasonProperty() {
        return adjustReason;
    }

    public List<String> adjustReasonLabels() {
        return ADJUST_REASONS.stream().map(r -> texts.get("adjust.reason." + r)).toList();
    }

    public StringProperty adjustNoteProperty() {
        return adjustNote;
    }

    public StringProperty countedProperty() {
        return counted;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** A line of the movements table, newest first. */
    public record MovementRow(String when, String reason, String quantity, String balance, String note) {
    }

    /** A line of the low-stock table. */
    public record LowRow(String name, String onHand, String minStock, String missing) {
    }
}
