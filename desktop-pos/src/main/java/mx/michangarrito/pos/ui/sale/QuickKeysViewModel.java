package mx.michangarrito.pos.ui.sale;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.catalog.QuickKeyGroup;
import mx.michangarrito.pos.catalog.QuickKeys;
import mx.michangarrito.pos.catalog.Unit;
import mx.michangarrito.pos.ui.Texts;

/**
 * The quick-key grid of the sale screen: one tab per category with the owner's favourites, a selected key
 * moved with the arrows, and a press that adds the product to the sale exactly like a search pick (a
 * weighed product asks for its weight, from the scale or typed). With no favourites the grid says how the
 * owner adds them.
 */
public final class QuickKeysViewModel {

    /** One key: the product, its name and its price text ("$24.00/kg" when weighed). */
    public record Key(UUID productId, String name, String price, boolean weighed) {
    }

    private final QuickKeys quickKeys;
    private final SaleViewModel sale;
    private final Texts texts;
    private List<QuickKeyGroup> groups = List.of();
    private final ObservableList<String> tabs = FXCollections.observableArrayList();
    private final ObservableList<Key> keys = FXCollections.observableArrayList();
    // Kept: an unmodifiable view listens to its list weakly, so a view made per call could lose its listeners.
    private final ObservableList<String> tabsView = FXCollections.unmodifiableObservableList(tabs);
    private final ObservableList<Key> keysView = FXCollections.unmodifiableObservableList(keys);
    private final ReadOnlyIntegerWrapper tab = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyIntegerWrapper selected = new ReadOnlyIntegerWrapper(-1);
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper("");
    private int columns = 4;

    public QuickKeysViewModel(QuickKeys quickKeys, SaleViewModel sale, Texts texts) {
        this.quickKeys = Objects.requireNonNull(quickKeys, "quickKeys");
        this.sale = Objects.requireNonNull(sale, "sale");
        this.texts = Objects.requireNonNull(texts, "texts");
    }

    /** The category names, one per tab ("Otros" for products without a category). */
    public ObservableList<String> tabs() {
        return tabsView;
    }

    /** The keys of the tab shown, in the owner's order. */
    public ObservableList<Key> keys() {
        return keysView;
    }

    public ReadOnlyIntegerProperty tabProperty() {
        return tab.getReadOnlyProperty();
    }

    /** The key the arrows are on, -1 for none. */
    public ReadOnlyIntegerProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** True when there are no quick keys at all: the screen shows {@link #hintProperty()} instead. */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    /** What to do to get quick keys (or why they could not be read). */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    /** Reads the quick keys again (the owner may have changed them), staying on the same category. */
    public void reload() {
        boolean hadTab = tab.get() >= 0 && tab.get() < groups.size();
        Optional<UUID> shown = hadTab ? groups.get(tab.get()).categoryId() : Optional.empty();
        try {
            groups = quickKeys.groups();
            hint.set(groups.isEmpty() ? texts.get("quick.empty") : "");
        } catch (RuntimeException e) {
            groups = List.of();
            hint.set(texts.error(e));
        }
        tabs.setAll(groups.stream().map(g -> g.categoryName().orElse(texts.get("quick.no-category"))).toList());
        empty.set(groups.isEmpty());
        int again = 0;
        for (int i = 0; i < groups.size(); i++) {
            if (hadTab && groups.get(i).categoryId().equals(shown)) {
                again = i;
            }
        }
        showTab(groups.isEmpty() ? -1 : again);
    }

    /** Shows the tab {@code index}; nothing happens for an index out of range. */
    public void showTab(int index) {
        if (index < -1 || index >= groups.size()) {
            return;
        }
        keys.setAll(index < 0 ? List.of() : groups.get(index).items().stream().map(this::key).toList());
        tab.set(index);
        selected.set(keys.isEmpty() ? -1 : 0);
    }

    /** The next ({@code +1}) or previous ({@code -1}) tab, going round. */
    public void nextTab(int step) {
        if (!groups.isEmpty()) {
            showTab(Math.floorMod(tab.get() + step, groups.size()));
        }
    }

    /** How many keys a row holds on the screen now, for moving up and down. */
    public void setColumns(int count) {
        columns = Math.max(1, count);
    }

    /** Moves the selection {@code dx} keys along a row and {@code dy} rows, staying inside the tab. */
    public void move(int dx, int dy) {
        if (keys.isEmpty()) {
            return;
        }
        int at = Math.max(0, selected.get());
        int next = at + dx + dy * columns;
        if (next >= 0 && next < keys.size()) {
            selected.set(next);
        } else if (dx != 0) {
            selected.set(Math.clamp(next, 0, keys.size() - 1));
        }
    }

    /** Adds the product of key {@code index} to the sale (weighed ones ask for the weight first). */
    public void press(int index) {
        if (index >= 0 && index < keys.size()) {
            selected.set(index);
            sale.addProduct(keys.get(index).productId());
        }
    }

    /**
     * Whether the keyboard may go into the grid: false when there are no quick keys, and then the sale
     * screen says how the owner adds them.
     */
    public boolean enter() {
        if (keys.isEmpty()) {
            sale.notice(hint.get().isEmpty() ? texts.get("quick.empty") : hint.get(), false);
            return false;
        }
        if (selected.get() < 0) {
            selected.set(0);
        }
        return true;
    }

    /** True while the search box lists results: the grid steps aside so they and the cart stay in view. */
    public javafx.beans.binding.BooleanBinding searchingBinding() {
        return javafx.beans.binding.Bindings.isNotEmpty(sale.searchResults());
    }

    /** Enter on the grid: adds the selected key's product. */
    public void pressSelected() {
        press(selected.get());
    }

    private Key key(QuickKeyGroup.Item item) {
        String price = texts.money(item.price());
        if (item.soldByWeight()) {
            price = texts.get(item.unit() == Unit.G ? "quick.price.per-g" : "quick.price.per-kg", price);
        }
        return new Key(item.productId(), item.name(), price, item.soldByWeight());
    }
}
