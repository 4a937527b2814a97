package mx.michangarrito.pos.ui.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;

class RowUpdatesTest {

    private final List<String> changes = new ArrayList<>();

    private ObservableList<String> shown(String... rows) {
        ObservableList<String> list = FXCollections.observableArrayList(rows);
        list.addListener((ListChangeListener<String>) c -> {
            while (c.next()) {
                changes.add((c.wasReplaced() ? "replace " : c.wasAdded() ? "add " : "remove ") + c.getFrom());
            }
        });
        return list;
    }

    @Test
    void aNewQuantityReplacesOnlyThatRow() {
        ObservableList<String> rows = shown("a 1", "b 1", "c 1");
        RowUpdates.apply(rows, List.of("a 1", "b 2", "c 1"));
        assertEquals(List.of("a 1", "b 2", "c 1"), rows);
        assertEquals(List.of("replace 1"), changes);
    }

    @Test
    void aNewLineIsAddedAtTheEnd() {
        ObservableList<String> rows = shown("a 1");
        RowUpdates.apply(rows, List.of("a 1", "b 1"));
        assertEquals(List.of("a 1", "b 1"), rows);
        assertEquals(List.of("add 1"), changes);
    }

    @Test
    void removedLinesAndAnEmptiedCartEndEqual() {
        ObservableList<String> rows = shown("a 1", "b 1", "c 1");
        RowUpdates.apply(rows, List.of("b 1", "c 1"));
        assertEquals(List.of("b 1", "c 1"), rows);
        RowUpdates.apply(rows, List.of());
        assertEquals(List.of(), rows);
    }

    @Test
    void nothingChangedFiresNothing() {
        ObservableList<String> rows = shown("a 1", "b 1");
        RowUpdates.apply(rows, List.of("a 1", "b 1"));
        assertEquals(List.of(), changes);
    }
}
