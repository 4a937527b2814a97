package mx.michangarrito.pos.ui.flow;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import mx.michangarrito.pos.ui.settings.Appearance.FontSize;
import org.testfx.api.FxRobot;

/**
 * Whether the tables of a screen show what they hold (the part {@link LayoutCheck} leaves out). For every visible
 * table: every column header shows its whole title (no ellipsis) and lies inside the table, so no column hides
 * behind a sideways scroll; and every visible, filled cell shows its whole text.
 *
 * <p>One exception, on purpose: a column of long free text (a product's name, a movement's note, what to fix in a
 * CSV row) may be the column that takes the width the short ones leave, and may cut a very long text to an
 * ellipsis, but only if the cell gives the whole text another way: a tooltip with exactly the cell's full text.
 * Short texts (categories, units, quantities, money, dates, yes/no) have no such way out: they must show whole.
 * A column the table has left out (not visible: a table too narrow for all its columns drops the ones it marks
 * optional, see {@code ui.Columns.optional}) is not checked; the ones it shows must fit.
 */
final class TableCheck {

    private static final double SLACK = 1.0;

    private TableCheck() {
    }

    /** Lays the screen out at every size of {@link LayoutCheck#SIZES} and lists what its tables cut or hide. */
    static List<String> atEverySize(FxRobot robot, Stage stage, String screen) {
        List<String> problems = new ArrayList<>();
        for (LayoutCheck.Size size : LayoutCheck.SIZES) {
            LayoutCheck.resize(robot, stage, size);
            List<String> found = new ArrayList<>();
            robot.interact(() -> found.addAll(check((Parent) stage.getScene().getRoot().getChildrenUnmodifiable()
                    .getFirst())));
            found.forEach(p -> problems.add(screen + " at " + size + ": " + p));
        }
        LayoutCheck.resize(robot, stage, new LayoutCheck.Size(1280, 800, FontSize.NORMAL));
        return problems;
    }

    /** What the visible tables under {@code content} cut or hide; empty when they show everything. */
    static List<String> check(Parent content) {
        List<String> problems = new ArrayList<>();
        walk(content, problems);
        return problems;
    }

    private static void walk(Node node, List<String> problems) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof TableView<?> table) {
            inspect(table, problems);
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, problems);
            }
        }
    }

    private static void inspect(TableView<?> table, List<String> problems) {
        String name = "table" + (table.getId() == null ? "" : "#" + table.getId());
        Bounds tableBounds = table.localToScene(table.getLayoutBounds());
        for (Node node : table.lookupAll(".column-header")) {
            if (!(node instanceof TableColumnHeader header) || header.getTableColumn() == null
                    || !header.getTableColumn().isVisible() || !header.getTableColumn().getColumns().isEmpty()) {
                continue;
            }
            String title = header.getTableColumn().getText();
            for (Node child : header.getChildrenUnmodifiable()) {
                if (child instanceof Label label && cut(label)) {
                    problems.add(name + ": header «" + title + "» is cut to «" + shownText(label) + "» ("
                            + Math.round(header.getWidth()) + " px wide)");
                }
            }
            Bounds b = header.localToScene(header.getLayoutBounds());
            if (b.getMaxX() > tableBounds.getMaxX() + SLACK || b.getMinX() < tableBounds.getMinX() - SLACK) {
                problems.add(name + ": column «" + title + "» lies outside the table (x " + Math.round(b.getMinX())
                        + "…" + Math.round(b.getMaxX()) + ", table " + Math.round(tableBounds.getMinX()) + "…"
                        + Math.round(tableBounds.getMaxX()) + ")");
            }
        }
        for (Node node : table.lookupAll(".table-cell")) {
            if (!(node instanceof TableCell<?, ?> cell) || cell.isEmpty() || !shown(cell, table) || !cut(cell)) {
                continue;
            }
            boolean tooltipShowsAll = cell.getTooltip() != null && cell.getText().equals(cell.getTooltip().getText());
            if (!tooltipShowsAll) {
                String column = cell.getTableColumn() == null ? "?" : cell.getTableColumn().getText();
                problems.add(name + ": a cell of «" + column + "» is cut to «" + shownText(cell) + "» (full: «"
                        + cell.getText() + "», " + Math.round(cell.getWidth()) + " px wide)");
            }
        }
    }

    /** The cell and every parent up to the table are visible (the table keeps spare rows hidden). */
    private static boolean shown(Node cell, TableView<?> table) {
        for (Node n = cell; n != null && n != table; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean cut(Labeled labeled) {
        String text = labeled.getText();
        String shown = shownText(labeled);
        String ellipsis = labeled.getEllipsisString();
        return text != null && !text.isBlank() && shown != null && !ellipsis.isEmpty() && shown.endsWith(ellipsis)
                && !text.endsWith(ellipsis);
    }

    /** What the skin draws: the labeled's text node, which holds the ellipsis when cut. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }
}
