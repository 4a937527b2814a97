package mx.michangarrito.pos.ui.sale;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import mx.michangarrito.hardware.scanner.WedgeClassifier;
import mx.michangarrito.hardware.scanner.WedgeScan;
import mx.michangarrito.hardware.scanner.WedgeSettings;

/**
 * Recognises keyboard-wedge scanner bursts anywhere in the scene: every typed character goes to the
 * {@link WedgeClassifier} (and on to the focused field as usual); when Enter closes a burst, the Enter
 * is swallowed, the burst's characters are taken back out of the field they landed in, and the code goes
 * to the sale. Typing by hand is left alone.
 */
public final class WedgeInput {

    private final WedgeClassifier classifier;
    private final LongSupplier nanoTime;
    private final BooleanSupplier active;
    private final Consumer<String> onScan;
    private final EventHandler<KeyEvent> typedFilter = this::typed;
    private final EventHandler<KeyEvent> pressedFilter = this::pressed;

    /**
     * @param nanoTime monotonic time of each key event ({@code System::nanoTime} in the app)
     * @param active   false while keys should not count as scans (a card is open over the sale)
     */
    public WedgeInput(WedgeSettings settings, LongSupplier nanoTime, BooleanSupplier active, Consumer<String> onScan) {
        this.classifier = new WedgeClassifier(settings);
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
        this.active = Objects.requireNonNull(active, "active");
        this.onScan = Objects.requireNonNull(onScan, "onScan");
    }

    public void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_TYPED, typedFilter);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pressedFilter);
    }

    public void uninstall(Scene scene) {
        scene.removeEventFilter(KeyEvent.KEY_TYPED, typedFilter);
        scene.removeEventFilter(KeyEvent.KEY_PRESSED, pressedFilter);
    }

    private void typed(KeyEvent e) {
        String chars = e.getCharacter();
        if (!active.getAsBoolean() || chars == null || chars.isEmpty()) {
            return;
        }
        char c = chars.charAt(0);
        if (c == '\r' || c == '\n') {
            return; // Enter is handled when pressed, before a text field acts on it
        }
        classifier.accept(c, nanoTime.getAsLong());
    }

    private void pressed(KeyEvent e) {
        if (!active.getAsBoolean()) {
            classifier.reset();
            return;
        }
        if (e.getCode() != KeyCode.ENTER) {
            if (e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.TAB) {
                classifier.reset();
            }
            return;
        }
        var scan = classifier.accept('\r', nanoTime.getAsLong());
        if (scan.isPresent()) {
            e.consume();
            takeBack(e.getTarget() instanceof Node node ? node : null, scan.get());
            onScan.accept(scan.get().code());
        }
    }

    private static void takeBack(Node focused, WedgeScan scan) {
        if (focused instanceof TextInputControl field) {
            String text = field.getText();
            if (text != null && text.endsWith(scan.code())) {
                field.setText(text.substring(0, text.length() - scan.keystrokes()));
                field.positionCaret(field.getText().length());
            }
        }
    }
}
