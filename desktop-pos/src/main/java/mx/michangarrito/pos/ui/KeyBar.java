package mx.michangarrito.pos.ui;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;

/**
 * A screen's or card's key hints ("F12  RECIBIR") and what those keys do, declared once: the hint buttons
 * run the action on a click and {@link #action} gives the same action to the screen's key filter.
 */
public final class KeyBar {

    private final Map<KeyCode, Runnable> actions = new EnumMap<>(KeyCode.class);
    private final List<Button> hints = new ArrayList<>();

    /** A key shown in the bar and answered by {@link #action}. */
    public KeyBar key(KeyCode key, String text, Runnable action) {
        actions.put(key, action);
        return shown(key, text, action);
    }

    /** A key only shown in the bar: the screen answers it elsewhere (Enter in a field, Escape by the overlay). */
    public KeyBar shown(KeyCode key, String text, Runnable action) {
        hints.add(Widgets.key(key.getName(), text, action));
        return this;
    }

    /** What {@code code} does when it was declared with {@link #key}, else null. */
    public Runnable action(KeyCode code) {
        return actions.get(code);
    }

    /** The hints in one row. */
    public HBox row() {
        return new HBox(8, hints.toArray(Button[]::new));
    }

    /** The hints wrapping onto more rows when the window is narrow. */
    public FlowPane flow() {
        return new FlowPane(8, 8, hints.toArray(Button[]::new));
    }
}
