package mx.michangarrito.pos.ui.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import mx.michangarrito.pos.catalog.CatalogService;
import mx.michangarrito.pos.catalog.Category;
import mx.michangarrito.pos.ui.Texts;

/** The categories card: the list, a name field that creates a category, or renames the picked one. */
public final class CategoriesViewModel {

    private final CatalogService catalog;
    private final Texts texts;
    private final Runnable onChanged;
    private final ObservableList<Choice<UUID>> categories = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(-1);
    private final StringProperty name = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper mode = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private UUID renaming;

    CategoriesViewModel(CatalogService catalog, Texts texts, Runnable onChanged) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.onChanged = Objects.requireNonNull(onChanged, "onChanged");
        mode.set(texts.get("categories.mode.new"));
        load();
    }

    private void load() {
        try {
            categories.setAll(catalog.categories().stream().map(c -> new Choice<>(c.id(), c.name())).toList());
        } catch (RuntimeException e) {
            say(texts.error(e), true);
        }
        if (selected.get() >= categories.size() || selected.get() < 0) {
            selected.set(categories.isEmpty() ? -1 : 0);
        }
    }

    public void move(int delta) {
        if (!categories.isEmpty()) {
            selected.set(Math.max(0, Math.min(categories.size() - 1, selected.get() + delta)));
        }
    }

    /** Puts the picked category's name in the field; Enter then renames it. */
    public void startRename() {
        int i = selected.get();
        if (i < 0 || i >= categories.size()) {
            say(texts.get("categories.pick-first"), true);
            return;
        }
        renaming = categories.get(i).value();
        name.set(categories.get(i).label());
        mode.set(texts.get("categories.mode.rename", categories.get(i).label()));
    }

    /** Back to creating (the field empties). */
    public void startNew() {
        renaming = null;
        name.set("");
        mode.set(texts.get("categories.mode.new"));
    }

    /** Creates or renames with the field's text; false with the reason when refused. */
    public boolean submit() {
        String typed = name.get() == null ? "" : name.get().strip();
        if (typed.isEmpty()) {
            say(texts.get("categories.error.empty"), true);
            return false;
        }
        try {
            Category done = renaming == null ? catalog.createCategory(typed) : catalog.renameCategory(renaming, typed);
            say(texts.get(renaming == null ? "categories.created" : "categories.renamed", done.name()), false);
            startNew();
            load();
            for (int i = 0; i < categories.size(); i++) {
                if (categories.get(i).value().equals(done.id())) {
                    selected.set(i);
                }
            }
            onChanged.run();
            return true;
        } catch (RuntimeException e) {
            say(texts.error(e), true);
            return false;
        }
    }

    private void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    public ObservableList<Choice<UUID>> categories() {
        return FXCollections.unmodifiableObservableList(categories);
    }

    public Optional<String> selectedName() {
        int i = selected.get();
        return i >= 0 && i < categories.size() ? Optional.of(categories.get(i).label()) : Optional.empty();
    }

    public IntegerProperty selectedProperty() {
        return selected;
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** "Nueva categoría" or "Renombrar «Lácteos»". */
    public ReadOnlyStringProperty modeProperty() {
        return mode.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
