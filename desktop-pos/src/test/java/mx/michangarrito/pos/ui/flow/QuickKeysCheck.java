package mx.michangarrito.pos.ui.flow;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Whether the sale screen's quick keys are readable and touchable at every size of {@link LayoutCheck#SIZES}:
 * each key shows its whole name and its price (no "..."), its text stays inside the key, the key is big enough
 * for a finger, the rows in view are not cut by the grid's scroll pane, and a key reached with the arrows
 * (Ctrl+T) is scrolled fully into view (a key taller than the view shows its top; the rest scrolls).
 */
final class QuickKeysCheck {

    /** The smallest key a finger hits reliably. */
    private static final double SMALLEST_KEY = 48;
    private static final double SLACK = 1.0;

    private QuickKeysCheck() {
    }

    /** Lists what is wrong with the grid at each size; the sale screen must be showing with {@code count} keys. */
    static List<String> atEverySize(FxRobot robot, Stage stage, int count) {
        List<String> problems = new ArrayList<>();
        for (LayoutCheck.Size size : LayoutCheck.SIZES) {
            robot.interact(() -> scrollPane(robot.lookup("#quick-grid").queryAs(GridPane.class)).setVvalue(0));
            LayoutCheck.resize(robot, stage, size);
            List<String> found = new ArrayList<>();
            robot.interact(() -> found.addAll(keys(robot, count)));
            found.addAll(walkWithArrows(robot, stage, size, count));
            found.forEach(p -> problems.add("quick keys at " + size + ": " + p));
        }
        LayoutCheck.resize(robot, stage, new LayoutCheck.Size(1280, 800, LayoutCheck.SIZES.getFirst().font()));
        return problems;
    }

    private static List<String> keys(FxRobot robot, int count) {
        List<String> problems = new ArrayList<>();
        GridPane grid = robot.lookup("#quick-grid").queryAs(GridPane.class);
        List<Button> keys = grid.getChildren().stream().map(Button.class::cast).toList();
        if (!grid.isVisible() || !grid.getScene().lookup("#quick-keys").isVisible() || keys.size() != count) {
            problems.add(keys.size() + " keys shown of " + count);
            return problems;
        }
        Bounds view = viewport(grid);
        for (Button key : keys) {
            String name = "key «" + key.getText().replace('\n', ' ') + "»";
            Text text = shownText(key);
            if (text == null || !key.getText().equals(text.getText())) {
                problems.add(name + " is cut to «" + (text == null ? "" : text.getText().replace('\n', ' ')) + "»");
            }
            Bounds b = key.localToScene(key.getLayoutBounds());
            if (text != null) {
                Bounds t = text.localToScene(text.getLayoutBounds());
                if (t.getMinY() < b.getMinY() - SLACK || t.getMaxY() > b.getMaxY() + SLACK
                        || t.getMinX() < b.getMinX() - SLACK || t.getMaxX() > b.getMaxX() + SLACK) {
                    problems.add(name + " has its text outside the key");
                }
            }
            if (b.getWidth() < SMALLEST_KEY || b.getHeight() < SMALLEST_KEY) {
                problems.add(name + " is only " + Math.round(b.getWidth()) + "×" + Math.round(b.getHeight()) + " px");
            }
            Integer row = GridPane.getRowIndex(key);
            boolean inView = b.getMinY() < view.getMaxY() - SLACK;
            if ((row == 0 || inView) && !wholly(b, view)) {
                problems.add(name + " of row " + (row + 1) + " is cut by the grid's view (y " + span(b) + " outside "
                        + span(view) + ")");
            }
        }
        return problems;
    }

    /** Ctrl+T, then down and right through every key: the key the arrows are on is always wholly in view. */
    private static List<String> walkWithArrows(FxRobot robot, Stage stage, LayoutCheck.Size size, int count) {
        List<String> problems = new ArrayList<>();
        robot.press(KeyCode.CONTROL).type(KeyCode.T).release(KeyCode.CONTROL);
        for (int i = 0; i < count; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            LayoutCheck.resize(robot, stage, size); // lays the screen out again at this size after the move
            int moves = i;
            robot.interact(() -> {
                GridPane grid = robot.lookup("#quick-grid").queryAs(GridPane.class);
                List<Node> current = grid.getChildren().stream().filter(k -> k.getStyleClass().contains("current"))
                        .toList();
                if (current.size() != 1) {
                    problems.add(current.size() + " keys marked current after " + moves + " moves");
                    return;
                }
                Bounds b = current.getFirst().localToScene(current.getFirst().getLayoutBounds());
                Bounds view = viewport(grid);
                if (!wholly(b, view)) {
                    problems.add("the current key «" + ((Button) current.getFirst()).getText().replace('\n', ' ')
                            + "» is not wholly in view (y " + span(b) + " outside " + span(view) + ")");
                }
            });
            robot.type(KeyCode.RIGHT);
        }
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return problems;
    }

    /** The key is wholly in the view, or, taller than the view, shows its top at the view's top. */
    private static boolean wholly(Bounds key, Bounds view) {
        boolean topShown = Math.abs(key.getMinY() - view.getMinY()) <= SLACK;
        return key.getMinY() >= view.getMinY() - SLACK && key.getMaxY() <= view.getMaxY() + SLACK
                || key.getHeight() > view.getHeight() && topShown;
    }

    private static Bounds viewport(GridPane grid) {
        Node viewport = scrollPane(grid).lookup(".viewport");
        return viewport.localToScene(viewport.getLayoutBounds());
    }

    private static ScrollPane scrollPane(GridPane grid) {
        for (Node p = grid.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        throw new AssertionError("the quick-key grid is not in a scroll pane");
    }

    private static Text shownText(Button key) {
        for (Node child : key.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text;
            }
        }
        return null;
    }

    private static String span(Bounds b) {
        return Math.round(b.getMinY()) + "…" + Math.round(b.getMaxY());
    }
}
