package mx.michangarrito.pos.ui.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import mx.michangarrito.pos.catalog.QuickKeyPlace;
import mx.michangarrito.pos.catalog.QuickKeys;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.user.Operator;

/**
 * The product card's "Tecla rápida": whether the product has a key on the sale screen's grid (given or
 * taken when the card is saved) and its place in its category's tab (moved at once, for a product that
 * already has its key). Only roles that may edit the catalog may change it.
 */
public final class QuickKeyChoice {

    private final QuickKeys quickKeys;
    private final Operator operator;
    private final Texts texts;
    private final BooleanProperty marked = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper place = new ReadOnlyStringWrapper("");
    private UUID productId;
    private boolean stored;

    QuickKeyChoice(QuickKeys quickKeys, Operator operator, Texts texts) {
        this.quickKeys = Objects.requireNonNull(quickKeys, "quickKeys");
        this.operator = Objects.requireNonNull(operator, "operator");
        this.texts = Objects.requireNonNull(texts, "texts");
        marked.addListener((obs, was, now) -> describe());
        describe();
    }

    /** The check box: the product has a quick key (saved with the card). */
    public BooleanProperty markedProperty() {
        return marked;
    }

    /** "Lugar 2 de 5 en «Bebidas»", or what happens on saving. */
    public ReadOnlyStringProperty placeProperty() {
        return place.getReadOnlyProperty();
    }

    /** Whether this person may change the quick keys (the catalog's editors). */
    public boolean allowed() {
        return operator.can(QuickKeys.EDITOR);
    }

    void load(UUID id) {
        productId = id;
        stored = quickKeys.place(id).isPresent(); // the card opens only after the product was read
        marked.set(stored);
        describe();
    }

    /** Gives or takes the saved product's key as the box says; the error text when that was refused. */
    Optional<String> apply(UUID id) {
        productId = id;
        try {
            if (marked.get() != stored) {
                if (marked.get()) {
                    quickKeys.mark(id, operator);
                } else {
                    quickKeys.unmark(id, operator);
                }
                stored = marked.get();
            }
            describe();
            return Optional.empty();
        } catch (RuntimeException e) {
            return Optional.of(texts.error(e));
        }
    }

    /**
     * Moves the key one place earlier ({@code -1}) or later ({@code +1}) in its tab, at once; the text says
     * why not when the product has no saved key yet or is already at that end.
     */
    public Optional<String> move(int step) {
        if (productId == null || !stored || !marked.get()) {
            return Optional.of(texts.get("editor.quick.save-first"));
        }
        try {
            boolean moved = step < 0 ? quickKeys.moveUp(productId, operator) : quickKeys.moveDown(productId, operator);
            describe();
            return moved ? Optional.empty() : Optional.of(texts.get(step < 0 ? "editor.quick.first" : "editor.quick.last"));
        } catch (RuntimeException e) {
            return Optional.of(texts.error(e));
        }
    }

    private void describe() {
        if (marked.get() != stored) {
            place.set(texts.get(marked.get() ? "editor.quick.on-save" : "editor.quick.off-save"));
            return;
        }
        try {
            Optional<QuickKeyPlace> at = stored && productId != null ? quickKeys.place(productId) : Optional.empty();
            place.set(at.map(p -> texts.get("editor.quick.place", p.number(), p.count(),
                    p.categoryName().orElse(texts.get("quick.no-category")))).orElse(texts.get("editor.quick.none")));
        } catch (RuntimeException e) {
            place.set(texts.error(e));
        }
    }
}
