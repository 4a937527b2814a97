package mx.michangarrito.pos.ui.sale;

import java.util.List;
import javafx.collections.ObservableList;

/**
 * Brings the rows a table shows up to date by changing only the rows that differ (a scan changes one
 * quantity or adds one line), so the cart table redoes one row instead of all of them (decision 0019).
 */
final class RowUpdates {

    private RowUpdates() {
    }

    /** Makes {@code shown} equal to {@code wanted}: changed rows replaced, new rows added, extra rows removed. */
    static <T> void apply(ObservableList<T> shown, List<T> wanted) {
        int common = Math.min(shown.size(), wanted.size());
        for (int i = 0; i < common; i++) {
            if (!shown.get(i).equals(wanted.get(i))) {
                shown.set(i, wanted.get(i));
            }
        }
        if (wanted.size() > common) {
            shown.addAll(wanted.subList(common, wanted.size()));
        } else if (shown.size() > common) {
            shown.remove(common, shown.size());
        }
    }
}
