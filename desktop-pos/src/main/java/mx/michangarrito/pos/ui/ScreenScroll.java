package mx.michangarrito.pos.ui;

import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Region;

/**
 * A screen or card whose content may be taller than a small window (1024×768, large letters): it scrolls
 * down, never sideways (the content takes the window's width), and follows the keyboard focus, so a field
 * reached with Enter or Tab below the fold comes into view without the mouse.
 */
public final class ScreenScroll {

    private static final int SHORT = 28;
    private static final double NARROWEST_FIELD = 64;

    private ScreenScroll() {
    }

    /** {@code content} in a vertical scroll pane that keeps the focused field in view. */
    public static ScrollPane of(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("screen-scroll");
        ChangeListener<Node> follow = (obs, was, focused) -> {
            if (focused != null && inside(focused, content)) {
                reveal(scroll, content, focused);
            }
        };
        scroll.sceneProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(follow);
            }
            if (now != null) {
                now.focusOwnerProperty().addListener(follow);
            }
        });
        return scroll;
    }

    /**
     * Sizes the words of a built screen so a small window or large letters never cut them: short captions and
     * buttons keep their whole width, longer texts wrap onto more lines, text fields stay wide enough to type
     * in. Tables, lists and pickers are left as they are (they scroll or pop up).
     */
    public static <T extends Node> T fitWords(T screen) {
        fit(screen);
        return screen;
    }

    private static void fit(Node node) {
        if (node instanceof TableView || node instanceof ListView || node instanceof TreeView
                || node instanceof ComboBoxBase || node instanceof ChoiceBox || node instanceof TextArea) {
            return;
        }
        switch (node) {
            case ScrollPane scroll -> {
                if (scroll.getContent() != null) {
                    fit(scroll.getContent());
                }
            }
            case TabPane tabs -> tabs.getTabs().stream().filter(t -> t.getContent() != null)
                    .forEach(t -> fit(t.getContent()));
            case Labeled labeled -> {
                String text = labeled.getText();
                boolean bound = labeled.textProperty().isBound();
                if (!bound && text != null && !text.isBlank() && (text.length() <= SHORT || labeled instanceof Button)) {
                    labeled.setMinWidth(Region.USE_PREF_SIZE);
                } else {
                    labeled.setWrapText(true);
                    labeled.setMinHeight(Region.USE_PREF_SIZE);
                }
            }
            case TextField field -> {
                if (field.getMinWidth() == Region.USE_COMPUTED_SIZE) {
                    field.setMinWidth(NARROWEST_FIELD);
                }
            }
            case Parent parent -> parent.getChildrenUnmodifiable().forEach(ScreenScroll::fit);
            default -> { }
        }
    }

    private static boolean inside(Node node, Node content) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p == content) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls just enough for {@code node} to be wholly in view. */
    static void reveal(ScrollPane scroll, Node content, Node node) {
        Scene scene = node.getScene();
        if (scene == null) {
            return;
        }
        double total = content.getLayoutBounds().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (total <= viewport || viewport <= 0) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getLayoutBounds()));
        double top = scroll.getVvalue() * (total - viewport);
        double target = top;
        if (b.getMinY() < top) {
            target = b.getMinY();
        } else if (b.getMaxY() > top + viewport) {
            target = b.getMaxY() - viewport;
        }
        scroll.setVvalue(Math.clamp(target / (total - viewport), 0, 1));
    }
}
