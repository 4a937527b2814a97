package mx.michangarrito.pos.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The UI trace the screenshot script waits on: lines written through at once, nothing at all when off. */
@ExtendWith(ApplicationExtension.class)
class UiTraceTest {

    @TempDir
    Path dir;
    private Scene scene;
    private TextField name;
    private PasswordField pin;
    private Button unnamed;

    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @Start
    void start(Stage stage) {
        name = new TextField();
        pin = new PasswordField();
        unnamed = new Button("ok");
        name.setId("owner-name");
        pin.setId("owner-pin");
        scene = new Scene(new VBox(name, pin, unnamed), 300, 200);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void appendsOneLinePerCallAndMakesTheFileOnlyWhenWriting() throws IOException {
        Path file = dir.resolve("trace.txt");
        UiTrace trace = new UiTrace(file);
        assertFalse(Files.exists(file), "no file before the first line");
        trace.write("screen sale");
        assertEquals(List.of("screen sale"), Files.readAllLines(file), "written through, readable at once");
        trace.write("sale lines=4\nx");
        assertEquals(List.of("screen sale", "sale lines=4 x"), Files.readAllLines(file), "one line per call");
    }

    @Test
    void offWritesNothingAndWatchesNothing() throws IOException {
        UiTrace off = new UiTrace(null);
        off.write("screen sale");
        off.follow(null); // returns before touching the scene: no listener is added
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count());
        }
        assertFalse(UiTrace.on(), "the tests run without -D" + UiTrace.PROPERTY);
        UiTrace.line("nothing"); // no file to write, no failure
    }

    @Test
    void tracesFocusAndTheFocusedFieldsTextWithPinsAsStars(FxRobot robot) throws IOException {
        Path file = dir.resolve("trace.txt");
        UiTrace trace = new UiTrace(file);
        robot.interact(() -> {
            trace.follow(scene);
            name.requestFocus();
            name.setText("Lupita");
            pin.requestFocus();
            pin.setText("4321");
            name.setText("not traced: no longer focused");
            unnamed.requestFocus();
        });
        List<String> lines = Files.readAllLines(file).stream().filter(l -> !l.startsWith("window ")).toList();
        assertTrue(lines.containsAll(List.of("focus owner-name", "text owner-name=Lupita", "focus owner-pin",
                "text owner-pin=****", "focus (Button)")), lines.toString());
        assertFalse(lines.stream().anyMatch(l -> l.contains("4321") || l.contains("not traced")), lines.toString());
        List<Integer> at = List.of(lines.indexOf("focus owner-name"), lines.indexOf("text owner-name=Lupita"),
                lines.indexOf("focus owner-pin"), lines.indexOf("text owner-pin=****"), lines.indexOf("focus (Button)"));
        assertEquals(at.stream().sorted().toList(), at, "in the order it happened: " + lines);
    }

    @Test
    void scrollLockAsksForADrawnLineAfterTheNextFrames(FxRobot robot) throws Exception {
        Path file = dir.resolve("trace.txt");
        UiTrace trace = new UiTrace(file);
        robot.interact(() -> {
            trace.follow(scene);
            name.setText("changed");
            KeyEvent.fireEvent(name, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.SCROLL_LOCK, false, false,
                    false, false));
            assertFalse(lines(file).contains("drawn"), "not before two pulses went by");
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> lines(file).contains("drawn"));
        assertEquals(1, lines(file).stream().filter("drawn"::equals).count());
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
