package mx.michangarrito.pos.ui;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The window's content: one screen at a time, and over it at most one modal card (a prompt, the payment,
 * a manager's PIN). Escape closes the card; while a card is open the screen below gets no keys.
 */
public final class Shell {

    private final StackPane root = new StackPane();
    private final StackPane screenHolder = new StackPane();
    private StackPane overlay;
    private Runnable onOverlayEscape;

    public Shell() {
        root.getChildren().add(screenHolder);
        root.getStylesheets().add(Shell.class.getResource("counter.css").toExternalForm());
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (overlay != null && e.getCode() == KeyCode.ESCAPE && onOverlayEscape != null) {
                e.consume();
                onOverlayEscape.run();
            }
        });
    }

    public Parent root() {
        return root;
    }

    /** Replaces the current screen (and closes any card). */
    public void show(Node screen) {
        closeOverlay();
        screenHolder.getChildren().setAll(screen);
    }

    /** Shows a card over the screen; {@code onEscape} runs when Escape is pressed (usually closing it). */
    public void showOverlay(VBox card, Runnable onEscape) {
        closeOverlay();
        card.getStyleClass().add("overlay-card");
        ScreenScroll.fitWords(card);
        card.setFillWidth(true);
        card.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane backdrop = new StackPane(card);
        backdrop.getStyleClass().add("overlay-backdrop");
        StackPane.setAlignment(card, Pos.CENTER);
        overlay = backdrop;
        onOverlayEscape = onEscape;
        root.getChildren().add(backdrop);
    }

    public void closeOverlay() {
        if (overlay != null) {
            root.getChildren().remove(overlay);
            overlay = null;
            onOverlayEscape = null;
        }
    }

    public boolean hasOverlay() {
        return overlay != null;
    }
}
