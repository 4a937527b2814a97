package mx.michangarrito.pos.ui.sale;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;
import javafx.util.Duration;

/**
 * The sale screen's search box: it searches a moment after the last keystroke instead of at every one, and
 * takes the keys typed while the focus is elsewhere on the screen.
 *
 * <p>Why the pause: a keyboard-wedge scanner types a code a few milliseconds per key, and {@link WedgeInput}
 * tells a scan from typing by those gaps, measured when each key is handled. A search at every key made the
 * gaps as long as a search; on a busy PC that passed the scan's limit in the middle of a code, and only the
 * code's last digits were taken for a scan. With the pause no search runs inside a burst, and a person sees
 * the results {@link #PAUSE} after their last key. Enter and the arrows use the results of the text as it is
 * ({@link #searchNow}).
 */
final class SearchBox {

    /** Longer than the longest gap inside a scan (30 ms by default), short enough to feel instant. */
    static final Duration PAUSE = Duration.millis(60);

    private final TextField field;
    private final Consumer<String> search;
    private final PauseTransition pause = new PauseTransition(PAUSE);

    SearchBox(TextField field, Consumer<String> search) {
        this.field = Objects.requireNonNull(field, "field");
        this.search = Objects.requireNonNull(search, "search");
        pause.setOnFinished(e -> search.accept(field.getText()));
        field.textProperty().addListener((obs, was, now) -> {
            if (now == null || now.isEmpty()) {
                pause.stop();
                search.accept(""); // a cleared box clears its results at once
            } else {
                pause.playFromStart();
            }
        });
    }

    /** Runs the search of a keystroke still waiting for its pause, so the results match the text now. */
    void searchNow() {
        if (pause.getStatus() == Animation.Status.RUNNING) {
            pause.stop();
            search.accept(field.getText());
        }
    }

    /** Typing while the focus is not in a field goes to the search box. */
    void typedElsewhere(KeyEvent e) {
        String c = e.getCharacter();
        if (e.getTarget() instanceof TextInputControl || c == null || c.isEmpty() || Character.isISOControl(c.charAt(0))) {
            return;
        }
        field.requestFocus();
        field.appendText(c);
        field.positionCaret(field.getText().length());
        e.consume();
    }
}
