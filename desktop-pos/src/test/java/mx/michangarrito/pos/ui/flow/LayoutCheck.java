package mx.michangarrito.pos.ui.flow;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import mx.michangarrito.pos.ui.settings.Appearance;
import mx.michangarrito.pos.ui.settings.Appearance.FontSize;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Whether a screen fits its window: every visible label, button and text field lies inside the window (or,
 * inside a scroll pane, inside the pane's width: long content scrolls down), no label or button shows its
 * text cut to an ellipsis, and no text field is squeezed too narrow to type in. Tables are checked by
 * {@link TableCheck}; list cells and the insides of combo boxes are left out: they scroll or show their full
 * value in a popup; so are the names
 * on a tab pane's row of tabs, which scrolls to the chosen tab and lists every tab in its overflow menu.
 */
final class LayoutCheck {

    /** A window size with a letter size. */
    record Size(int width, int height, FontSize font) {
        @Override
        public String toString() {
            return width + "×" + height + (font == FontSize.NORMAL ? "" : " " + font);
        }
    }

    static final List<Size> SIZES = List.of(new Size(1024, 768, FontSize.NORMAL), new Size(1366, 768, FontSize.NORMAL),
            new Size(1920, 1080, FontSize.NORMAL), new Size(1024, 768, FontSize.EXTRA_LARGE));

    private static final double SLACK = 1.0;
    private static final double NARROWEST_FIELD = 40;

    private LayoutCheck() {
    }

    /**
     * Makes the screens of {@code scene} sizable at will: the headless platform paints on a 1000×1000 screen, so
     * the window's content (the shell's root) is laid out at each size on its own, inside a plain pane, while the
     * window stays as it is. Call on the FX thread right after the scene is built.
     */
    static void takeOver(Scene scene) {
        Parent content = scene.getRoot();
        javafx.scene.layout.Pane holder = new javafx.scene.layout.Pane();
        scene.setRoot(holder);
        content.setManaged(false);
        holder.getChildren().add(content);
        content.resize(scene.getWidth(), scene.getHeight());
    }

    /** Lays the screen out at every size of {@link #SIZES} and lists what does not fit; back to normal after. */
    static List<String> atEverySize(FxRobot robot, Stage stage, String screen) {
        List<String> problems = new ArrayList<>();
        for (Size size : SIZES) {
            resize(robot, stage, size);
            List<String> found = new ArrayList<>();
            robot.interact(() -> {
                found.addAll(check(content(stage), size));
                found.addAll(TableCheck.check(content(stage)));
            });
            found.forEach(p -> problems.add(screen + " at " + size + ": " + p));
        }
        resize(robot, stage, new Size(1280, 800, FontSize.NORMAL));
        return problems;
    }

    private static Parent content(Stage stage) {
        return (Parent) stage.getScene().getRoot().getChildrenUnmodifiable().getFirst();
    }

    static void resize(FxRobot robot, Stage stage, Size size) {
        robot.interact(() -> {
            Parent content = content(stage);
            new Appearance(size.font(), false).applyTo(content);
            content.resize(size.width(), size.height());
        });
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                Parent content = content(stage);
                content.applyCss();
                content.resize(size.width(), size.height());
                content.layout();
            });
        }
    }

    private static List<String> check(Parent content, Size size) {
        List<String> problems = new ArrayList<>();
        content.applyCss();
        content.layout();
        walk(content, size, problems);
        return problems;
    }

    private static void walk(Node node, Size scene, List<String> problems) {
        if (!node.isVisible() || skipped(node)) {
            return;
        }
        if (node instanceof Labeled || node instanceof TextField) {
            inspect(node, scene, problems);
        }
        if (node instanceof ScrollPane || node instanceof TableView || node instanceof ListView) {
            inWindow(node, scene, problems);
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, scene, problems);
            }
        }
    }

    /** Cells and the insides of pickers are not the screen's layout. */
    private static boolean skipped(Node node) {
        // A tab pane scrolls its row of tab names to the chosen one and lists them all in its overflow menu.
        return node.getStyleClass().contains("tab-header-area") || node instanceof TableView || node instanceof ListView || node instanceof TreeView
                || node instanceof ComboBoxBase || node instanceof ChoiceBox || node instanceof TextInputControl
                        && !(node instanceof TextField);
    }

    private static void inspect(Node node, Size scene, List<String> problems) {
        String name = describe(node);
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()) {
            String shown = shownText(labeled);
            String ellipsis = labeled.getEllipsisString();
            if (shown != null && !ellipsis.isEmpty() && shown.endsWith(ellipsis) && !labeled.getText().endsWith(ellipsis)) {
                problems.add(name + " is cut to «" + shown + "»");
            }
        }
        if (node instanceof TextField field && field.getWidth() < NARROWEST_FIELD) {
            problems.add(name + " is only " + Math.round(field.getWidth()) + " px wide");
        }
        if (node instanceof TextField field && field.getText().isEmpty() && field.getPromptText() != null
                && !field.getPromptText().isBlank()) {
            // an empty field's hint says what to type (a date's format): it must show whole
            javafx.scene.text.Text prompt = new javafx.scene.text.Text(field.getPromptText());
            prompt.setFont(field.getFont());
            double room = field.getWidth() - field.snappedLeftInset() - field.snappedRightInset();
            if (prompt.getLayoutBounds().getWidth() > room + 1) {
                problems.add(name + "'s hint «" + field.getPromptText() + "» is cut (" + Math.round(room) + " px for "
                        + Math.round(prompt.getLayoutBounds().getWidth()) + ")");
            }
        }
        ScrollPane scroll = scrollPaneAbove(node);
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (scroll == null) {
            inWindow(node, scene, problems);
        } else {
            Node viewport = scroll.lookup(".viewport");
            Bounds v = (viewport == null ? scroll : viewport).localToScene(
                    (viewport == null ? scroll : viewport).getLayoutBounds());
            if (b.getWidth() > 0 && (b.getMinX() < v.getMinX() - SLACK || b.getMaxX() > v.getMaxX() + SLACK)) {
                problems.add(name + " sticks out of its scroll pane sideways (" + span(b.getMinX(), b.getMaxX())
                        + " outside " + span(v.getMinX(), v.getMaxX()) + ")");
            }
        }
    }

    private static void inWindow(Node node, Size scene, List<String> problems) {
        if (scrollPaneAbove(node) != null) {
            return;
        }
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (b.getWidth() <= 0 && b.getHeight() <= 0) {
            return;
        }
        if (b.getMinX() < -SLACK || b.getMinY() < -SLACK || b.getMaxX() > scene.width() + SLACK
                || b.getMaxY() > scene.height() + SLACK) {
            problems.add(describe(node) + " is outside the " + Math.round(scene.width()) + "×"
                    + Math.round(scene.height()) + " window (x " + span(b.getMinX(), b.getMaxX()) + ", y "
                    + span(b.getMinY(), b.getMaxY()) + ")");
        }
    }

    private static ScrollPane scrollPaneAbove(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane scroll) {
                return scroll;
            }
        }
        return null;
    }

    /** What the skin draws: the text node of the labeled (LabeledText), which holds the ellipsis when cut. */
    private static String shownText(Labeled labeled) {
        for (Node child : labeled.getChildrenUnmodifiable()) {
            if (child instanceof Text text && child.getStyleClass().contains("text")) {
                return text.getText();
            }
        }
        return null;
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l ? l.getText() : node instanceof TextField f ? f.getPromptText() : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : "#" + node.getId()) + " «"
                + (text == null ? "" : text.replace('\n', ' ')) + "»";
    }

    private static String span(double from, double to) {
        return Math.round(from) + "…" + Math.round(to);
    }
}
