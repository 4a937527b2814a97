package mx.michangarrito.pos.ui.catalog;

/**
 * One option of a drop-down (a category, a unit, an IVA rate): the value and what the list shows.
 *
 * @param value what the view model works with; may be null for "none"
 */
public record Choice<T>(T value, String label) {

    @Override
    public String toString() {
        return label;
    }
}
