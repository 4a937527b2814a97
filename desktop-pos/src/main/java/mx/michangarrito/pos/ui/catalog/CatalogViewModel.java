package mx.michangarrito.pos.ui.catalog;

import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.Category;
import mx.michangarrito.pos.catalog.PriceChange;
import mx.michangarrito.pos.catalog.ProductFilter;
import mx.michangarrito.pos.catalog.ProductRow;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.pos.user.UserService;

/**
 * The catalog list: filter by text (name, SKU or barcode), category, active/inactive and low stock; pick a
 * product with the arrows; open it in the editor, see its price history. Opens the other catalog cards.
 */
public final class CatalogViewModel {

    /** The most rows the list shows; a narrower filter finds the rest. */
    public static final int LIMIT = 500;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final CatalogService catalog;
    private final UserService users;
    private final Operator operator;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final java.util.concurrent.Executor screen;
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty lowOnly = new SimpleBooleanProperty(false);
    private final ObservableList<ProductRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final ReadOnlyStringWrapper filters = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private List<Category> categories = List.of();
    private int categoryIndex = -1; // -1: every category
    private ProductFilter.Status status = ProductFilter.Status.ACTIVE;

    public CatalogViewModel(CatalogService catalog, UserService users, Operator operator, Texts texts, TaskExecutor tasks,
            ZoneId zone, java.util.concurrent.Executor screen) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.users = Objects.requireNonNull(users, "users");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.screen = Objects.requireNonNull(screen, "screen");
        text.addListener((obs, was, now) -> refresh());
        lowOnly.addListener((obs, was, now) -> refresh());
    }

    /** Loads the categories and the list. */
    public void load() {
        try {
            categories = catalog.categories();
        } catch (RuntimeException e) {
            say(texts.error(e), true);
        }
        if (categoryIndex >= categories.size()) {
            categoryIndex = -1;
        }
        refresh();
    }

    /** Runs the filter again, keeping the selected product selected when it is still listed. */
    public void refresh() {
        Optional<UUID> keep = selectedRow().map(ProductRow::id);
        try {
            rows.setAll(catalog.list(new ProductFilter(text.get(), categoryId(), status, lowOnly.get()), LIMIT));
        } catch (RuntimeException e) {
            rows.clear();
            say(texts.error(e), true);
        }
        int index = -1;
        for (int i = 0; keep.isPresent() && i < rows.size(); i++) {
            if (rows.get(i).id().equals(keep.get())) {
                index = i;
            }
        }
        selected.set(index < 0 && !rows.isEmpty() ? 0 : index);
        filters.set(texts.get("catalog.filters", categoryLabel(), texts.get("catalog.status." + status.name().toLowerCase(
                java.util.Locale.ROOT)), texts.get(lowOnly.get() ? "catalog.low.on" : "catalog.low.off"), rows.size())
                + (rows.size() >= LIMIT ? " " + texts.get("catalog.limit", LIMIT) : ""));
    }

    private Optional<UUID> categoryId() {
        return categoryIndex < 0 ? Optional.empty() : Optional.of(categories.get(categoryIndex).id());
    }

    private String categoryLabel() {
        return categoryIndex < 0 ? texts.get("catalog.category.all") : categories.get(categoryIndex).name();
    }

    /** Next category in the filter (all, then each category, then all again). */
    public void nextCategory() {
        categoryIndex = categoryIndex + 1 >= categories.size() ? -1 : categoryIndex + 1;
        refresh();
    }

    /** Active → inactive → all → active. */
    public void nextStatus() {
        status = ProductFilter.Status.values()[(status.ordinal() + 1) % ProductFilter.Status.values().length];
        refresh();
    }

    public void toggleLowOnly() {
        lowOnly.set(!lowOnly.get());
    }

    public void move(int delta) {
        if (!rows.isEmpty()) {
            selected.set(Math.max(0, Math.min(rows.size() - 1, selected.get() + delta)));
        }
    }

    public Optional<ProductRow> selectedRow() {
        int i = selected.get();
        return i >= 0 && i < rows.size() ? Optional.of(rows.get(i)) : Optional.empty();
    }

    /** An editor for a new product. */
    public ProductEditorViewModel newProduct() {
        return new ProductEditorViewModel(catalog, operator, texts, this::saved);
    }

    /** An editor for the selected product, or empty (with a message) when none is selected. */
    public Optional<ProductEditorViewModel> editSelected() {
        Optional<ProductRow> row = selectedRow();
        if (row.isEmpty()) {
            say(texts.get("catalog.pick-first"), true);
            return Optional.empty();
        }
        ProductEditorViewModel editor = new ProductEditorViewModel(catalog, operator, texts, this::saved);
        try {
            editor.load(row.get().id());
            return Optional.of(editor);
        } catch (RuntimeException e) {
            say(texts.error(e), true);
            return Optional.empty();
        }
    }

    private void saved(String name, UUID id) {
        say(texts.get("catalog.saved", name), false);
        load();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                selected.set(i);
            }
        }
    }

    public CategoriesViewModel categoriesCard() {
        return new CategoriesViewModel(catalog, texts, this::load);
    }

    public CsvViewModel csvCard() {
        return new CsvViewModel(catalog, operator, texts, tasks, screen, this::load);
    }

    /** The selected product's price and cost changes, newest first, with dates in the shop's zone. */
    public List<PriceHistoryRow> priceHistory() {
        Optional<ProductRow> row = selectedRow();
        if (row.isEmpty()) {
            say(texts.get("catalog.pick-first"), true);
            return List.of();
        }
        try {
            java.util.Map<UUID, String> names = new java.util.HashMap<>();
            users.listActive().forEach(u -> names.put(u.id(), u.displayName()));
            List<PriceHistoryRow> out = new ArrayList<>();
            for (PriceChange c : catalog.priceHistory(row.get().id())) {
                String price = c.oldPriceCentavos().map(old -> old == c.newPriceCentavos() ? money(old)
                        : money(old) + " → " + money(c.newPriceCentavos())).orElse(money(c.newPriceCentavos()));
                String cost = c.oldCostCentavos().map(old -> old == c.newCostCentavos() ? money(old)
                        : money(old) + " → " + money(c.newCostCentavos())).orElse(money(c.newCostCentavos()));
                out.add(new PriceHistoryRow(WHEN.format(c.changedAt().atZone(zone)), price, cost,
                        c.changedBy().map(id -> names.getOrDefault(id, "—")).orElse("—")));
            }
            return out.reversed();
        } catch (RuntimeException e) {
            say(texts.error(e), true);
            return List.of();
        }
    }

    private String money(long centavos) {
        return texts.money(mx.michangarrito.shared.money.Money.ofCentavos(centavos));
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    public StringProperty textProperty() {
        return text;
    }

    public BooleanProperty lowOnlyProperty() {
        return lowOnly;
    }

    public ObservableList<ProductRow> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    /** "Categoría: Todas · Activos · …" with the row count. */
    public ReadOnlyStringProperty filtersProperty() {
        return filters.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }

    /** A line of the price history card. */
    public record PriceHistoryRow(String when, String price, String cost, String by) {
    }
}
