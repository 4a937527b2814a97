package mx.michangarrito.pos.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.shape.Rectangle;
import javafx.stage.Window;

/**
 * A trace of what the counter shows, for scripts that drive the real app with synthetic keys (the README's
 * screenshots): with {@code -Dpos.ui.trace=<file>} every focus change ({@code focus <id>}), every text change in
 * the focused field ({@code text <id>=<text>}, PINs as stars), the window getting the keyboard
 * ({@code window focused}) and a few states the screens report ({@code sale lines=4}, {@code reports loaded}…)
 * are appended to the file as one line each, written through at once, so a script waits for a screen instead of
 * sleeping. Scroll Lock (which the app does not use) asks for a {@code drawn} line once the frames the scene had
 * to draw before it are on the screen, so a screenshot is not taken of an older frame. Without the property
 * nothing is watched and nothing is written (no file, no thread).
 */
public final class UiTrace {

    /** The system property naming the trace file. */
    public static final String PROPERTY = "pos.ui.trace";

    private static final UiTrace APP = new UiTrace(traceFile(System.getProperty(PROPERTY)));

    private final Path file;
    private ChangeListener<String> textListener;
    private TextInputControl watchedField;

    /** {@code file} null: off. */
    UiTrace(Path file) {
        this.file = file;
    }

    private static Path traceFile(String property) {
        return property == null || property.isBlank() ? null : Path.of(property);
    }

    /** Whether the app was started with a trace file. */
    public static boolean on() {
        return APP.file != null;
    }

    /** Appends one line to the app's trace (nothing when off). */
    public static void line(String text) {
        APP.write(text);
    }

    /** Traces the scene's focus, the focused field's text and the window's keyboard focus (nothing when off). */
    public static void watch(Scene scene) {
        APP.follow(scene);
    }

    synchronized void write(String text) {
        if (file == null) {
            return;
        }
        try {
            Files.writeString(file, text.replace('\n', ' ') + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("the UI trace " + file + " cannot be written", e);
        }
    }

    void follow(Scene scene) {
        if (file == null) {
            return;
        }
        scene.focusOwnerProperty().addListener((obs, was, now) -> focused(now));
        focused(scene.getFocusOwner());
        ChangeListener<Boolean> keyboard = (obs, was, now) -> write(now ? "window focused" : "window unfocused");
        if (scene.getWindow() != null) {
            scene.getWindow().focusedProperty().addListener(keyboard);
        }
        scene.windowProperty().addListener((obs, was, now) -> {
            if (was != null) {
                was.focusedProperty().removeListener(keyboard);
            }
            if (now != null) {
                now.focusedProperty().addListener(keyboard);
            }
        });
        Window window = scene.getWindow();
        if (window != null && window.isFocused()) {
            write("window focused");
        }
        Rectangle probe = new Rectangle(1, 1);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SCROLL_LOCK) {
                drawn(probe, 2);
            }
        });
    }

    /**
     * A snapshot is rendered on the render thread at the next pulse, after the frames queued before it (one
     * thread, in order); the second one comes a pulse later, so the frame of the pulse the first one ran in is
     * done too. Its pixels reach the window through the FX thread, before a runnable posted after that.
     */
    private void drawn(Rectangle probe, int snapshots) {
        if (snapshots == 0) {
            Platform.runLater(() -> write("drawn"));
            return;
        }
        probe.snapshot(result -> {
            drawn(probe, snapshots - 1);
            return null;
        }, null, null);
    }

    private void focused(Node node) {
        if (watchedField != null) {
            watchedField.textProperty().removeListener(textListener);
            watchedField = null;
        }
        if (node == null) {
            return;
        }
        String name = name(node);
        write("focus " + name);
        if (node instanceof TextInputControl field) {
            watchedField = field;
            textListener = (obs, was, now) -> write("text " + name + "=" + shown(field, now));
            field.textProperty().addListener(textListener);
        }
    }

    private static String shown(TextInputControl field, String text) {
        String value = text == null ? "" : text;
        return field instanceof PasswordField ? "*".repeat(value.length()) : value;
    }

    /** The node's id, or its class for a node without one. */
    static String name(Node node) {
        return node.getId() != null && !node.getId().isBlank() ? node.getId() : "(" + node.getClass().getSimpleName() + ")";
    }
}
