package mx.michangarrito.pos.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Columns for the back office's tables that show their titles and short values whole at every window and letter
 * size. A short column (category, unit, quantity, money, date, yes/no) is at least as wide as its title and its
 * widest value; the one long-text column of a table (a product's name, a note, what to fix) takes the width the
 * short ones leave, and when a text is still too long for it the cell ends in an ellipsis and its tooltip shows the
 * whole text. A table without a long-text column shares the spare width out evenly.
 *
 * <p>Widths are measured once per data load (the items list replaced or changed, at most once per pulse) and when
 * the letter size changes, never per cell or per scroll: the widest few values of each short column, picked by
 * length, are measured with the header's font.
 */
public final class Columns {

    private static final String VALUE = Columns.class.getName() + ".value";
    private static final String LONG = Columns.class.getName() + ".long";
    private static final String PENDING = Columns.class.getName() + ".pending";
    private static final String OPTIONAL = Columns.class.getName() + ".optional";
    /** The long-text column's least width, in letter sizes (em). */
    private static final double LONG_LEAST = 6;
    /** The width, in em, that columns are dropped to leave the long-text column: a product name reads whole. */
    private static final double LONG_COMFORT = 15;
    /** How many of the longest values of a column are measured (length in characters is a close guess). */
    private static final int MEASURED = 8;

    private Columns() {
    }

    /** A column of short text (a category, a unit, a date, yes/no), never cut. */
    public static <T> TableColumn<T, String> text(String title, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(title);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        column.setReorderable(false);
        column.setResizable(false);
        column.getProperties().put(VALUE, value);
        return column;
    }

    /** A column of numbers or money, right-aligned, never cut. */
    public static <T> TableColumn<T, String> number(String title, Function<T, String> value) {
        TableColumn<T, String> column = text(title, value);
        column.setStyle("-fx-alignment: CENTER-RIGHT;");
        return column;
    }

    /** The table's column of long free text: takes the spare width; a text too long for it has a tooltip. */
    public static <T> TableColumn<T, String> longText(String title, Function<T, String> value) {
        TableColumn<T, String> column = text(title, value);
        column.getProperties().put(LONG, Boolean.TRUE);
        return wholeInTooltip(column);
    }

    /** Cells whose tooltip holds their whole text, for a column whose long texts may end in an ellipsis. */
    public static <T> TableColumn<T, String> wholeInTooltip(TableColumn<T, String> column) {
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                boolean blank = empty || item == null || item.isBlank();
                setText(empty ? null : item);
                tip.setText(blank ? null : item);
                setTooltip(blank ? null : tip);
            }
        });
        return column;
    }

    /**
     * A column the table leaves out while it is too narrow for all its columns (and its long-text column's
     * comfortable width); what it shows is also shown elsewhere (the product's editor, a filter line). The
     * lowest {@code dropOrder} goes first; the column comes back when the window grows.
     */
    public static <T> TableColumn<T, String> optional(TableColumn<T, String> column, int dropOrder) {
        column.getProperties().put(OPTIONAL, dropOrder);
        return column;
    }

    /**
     * Lays the table's columns out as described above, now and whenever its rows or letter size change. Call
     * once, after its columns are set.
     */
    public static <T> TableView<T> fit(TableView<T> table) {
        table.setColumnResizePolicy(Columns::distribute);
        ListChangeListener<T> rowsChanged = c -> schedule(table);
        ChangeListener<ObservableList<T>> itemsChanged = (obs, was, now) -> {
            if (was != null) {
                was.removeListener(rowsChanged);
            }
            if (now != null) {
                now.addListener(rowsChanged);
            }
            schedule(table);
        };
        table.itemsProperty().addListener(itemsChanged);
        table.widthProperty().addListener((obs, was, now) -> schedule(table));
        itemsChanged.changed(table.itemsProperty(), null, table.getItems());
        ChangeListener<Font> fontChanged = (obs, was, now) -> schedule(table);
        table.skinProperty().addListener((obs, was, now) -> Platform.runLater(() -> {
            if (headerLabel(table) instanceof Label label) {
                label.fontProperty().addListener(fontChanged);
            }
            schedule(table);
        }));
        return table;
    }

    private static void schedule(TableView<?> table) {
        if (table.getProperties().put(PENDING, Boolean.TRUE) == null) {
            Platform.runLater(() -> {
                table.getProperties().remove(PENDING);
                measure(table);
            });
        }
    }

    /**
     * Sets each column's least width from its title and (for short columns) its widest values, leaves out the
     * optional columns that do not fit, then lays out.
     */
    @SuppressWarnings("unchecked")
    private static <T> void measure(TableView<T> table) {
        Font font = headerLabel(table) instanceof Label label ? label.getFont() : Font.getDefault();
        double em = font.getSize();
        Text probe = new Text();
        probe.setFont(font);
        double need = 0;
        List<TableColumn<T, ?>> optional = new ArrayList<>();
        for (TableColumn<T, ?> column : table.getColumns()) {
            double least = width(probe, column.getText()) + em * 0.6 + 10;
            Object value = column.getProperties().get(VALUE);
            boolean isLong = column.getProperties().containsKey(LONG);
            if (isLong) {
                least = Math.max(least, em * LONG_LEAST);
            } else if (value instanceof Function<?, ?> f) {
                for (String text : longest(table.getItems(), (Function<T, String>) f)) {
                    least = Math.max(least, width(probe, text) + em * 0.6 + 10);
                }
            }
            column.setMinWidth(Math.ceil(least));
            need += isLong ? Math.max(column.getMinWidth(), em * LONG_COMFORT) : column.getMinWidth();
            if (column.getProperties().get(OPTIONAL) instanceof Integer) {
                optional.add(column);
            }
        }
        optional.sort(Comparator.comparingInt(c -> (Integer) c.getProperties().get(OPTIONAL)));
        double room = room(table);
        for (TableColumn<T, ?> column : optional) {
            boolean drop = room > 0 && need > room;
            column.setVisible(!drop);
            if (drop) {
                need -= column.getMinWidth();
            }
        }
        if (!table.getVisibleLeafColumns().isEmpty()) {
            table.resizeColumn(table.getVisibleLeafColumns().getFirst(), 1); // runs distribute at the current width
        }
    }

    /** The width the columns have: the table's inside less a vertical scroll bar; 0 before the first layout. */
    private static double room(TableView<?> table) {
        if (table.getWidth() <= 0) {
            return 0;
        }
        double bar = 0;
        for (Node node : table.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar b && b.getOrientation() == Orientation.VERTICAL && b.isVisible()) {
                bar = Math.max(bar, b.getWidth());
            }
        }
        return table.getWidth() - table.snappedLeftInset() - table.snappedRightInset() - bar - 2;
    }

    private static <T> List<String> longest(List<T> rows, Function<T, String> value) {
        if (rows == null) {
            return List.of();
        }
        PriorityQueue<String> longest = new PriorityQueue<>(Comparator.comparingInt(String::length));
        for (T row : rows) {
            String text = value.apply(row);
            if (text != null && (longest.size() < MEASURED || text.length() > longest.peek().length())) {
                longest.add(text);
                if (longest.size() > MEASURED) {
                    longest.poll();
                }
            }
        }
        return new ArrayList<>(longest);
    }

    private static double width(Text probe, String text) {
        probe.setText(text == null ? "" : text);
        return probe.getLayoutBounds().getWidth();
    }

    private static Node headerLabel(TableView<?> table) {
        return table.lookup(".column-header .label");
    }

    /** Every column at its least width; the spare width to the long-text column, or shared when there is none. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Boolean distribute(TableView.ResizeFeatures features) {
        List<TableColumn> columns = new ArrayList<>(features.getTable().getVisibleLeafColumns());
        double least = 0;
        TableColumn flexible = null;
        for (TableColumn column : columns) {
            least += column.getMinWidth();
            if (flexible == null && column.getProperties().containsKey(LONG)) {
                flexible = column;
            }
        }
        double spare = Math.max(0, Math.floor(features.getContentWidth() - least - 1));
        for (TableColumn column : columns) {
            double extra = flexible == null ? Math.floor(spare / columns.size()) : column == flexible ? spare : 0;
            features.setColumnWidth(column, column.getMinWidth() + extra);
        }
        return Boolean.TRUE;
    }
}
