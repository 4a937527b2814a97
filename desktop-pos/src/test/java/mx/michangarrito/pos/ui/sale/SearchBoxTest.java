package mx.michangarrito.pos.ui.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import mx.michangarrito.hardware.scanner.WedgeSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sale's search box on a busy PC: a search that takes as long as one did on a loaded machine (40 ms, more
 * than a scan's 30 ms gap) must not split a keyboard-wedge scan. The scanner's keys are handled back to back,
 * as they are when they wait in the FX queue together, on the real clock.
 */
@ExtendWith(ApplicationExtension.class)
class SearchBoxTest {

    private static final String CODE = "7500001000021";
    private final List<String> searched = new CopyOnWriteArrayList<>();
    private final List<String> scans = new CopyOnWriteArrayList<>();
    private TextField field;
    private Scene scene;

    @BeforeAll
    static void patientSetup() {
        FxToolkit.toolkitContext().setSetupTimeoutInMillis(60_000);
    }

    @Start
    void start(Stage stage) {
        field = new TextField();
        scene = new Scene(new VBox(field), 300, 100);
        new WedgeInput(WedgeSettings.DEFAULT, System::nanoTime, () -> true, scans::add).install(scene);
        stage.setScene(scene);
        stage.show();
        field.requestFocus();
    }

    @Test
    void aScanIsTakenWholeWhileSearchesAreSlow() throws Exception {
        run(() -> new SearchBox(field, slowSearch()));

        burst(CODE);

        assertEquals(List.of(CODE), scans, "the whole code is one scan");
        assertEquals("", call(field::getText), "the scan's keys are taken back out of the box");
        assertEquals(List.of(), searched.stream().filter(s -> !s.isEmpty()).toList(), "no search inside the burst");
    }

    @Test
    void searchingAtEveryKeySplitTheScanWhichIsWhyTheBoxPauses() throws Exception {
        run(() -> field.textProperty().addListener((obs, was, now) -> slowSearch().accept(now)));

        burst(CODE);

        assertFalse(scans.contains(CODE), "the old way lost the scan: " + scans);
    }

    @Test
    void typingSearchesOnceAfterThePauseAndEnterSearchesAtOnce() throws Exception {
        SearchBox box = call(() -> new SearchBox(field, searched::add));

        run(() -> {
            field.appendText("pa");
            field.appendText("n");
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> searched.contains("pan"));
        assertEquals(List.of("pan"), searched, "one search for the three keys");

        run(() -> {
            field.appendText(" d");
            box.searchNow();
            box.searchNow(); // nothing left waiting
        });
        assertEquals(List.of("pan", "pan d"), searched);
        run(field::clear);
        assertEquals(List.of("pan", "pan d", ""), searched, "a cleared box clears its results at once");
    }

    private Consumer<String> slowSearch() {
        return text -> {
            searched.add(text);
            try {
                Thread.sleep(40);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        };
    }

    /** The code's keys and Enter, handled one after the other in one go on the FX thread, like a scanner's. */
    private void burst(String code) throws Exception {
        run(() -> {
            for (char c : code.toCharArray()) {
                String key = String.valueOf(c);
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", key, KeyCode.getKeyCode(key), false,
                        false, false, false));
                Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_TYPED, key, "", KeyCode.UNDEFINED, false, false,
                        false, false));
            }
            Event.fireEvent(field, new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false,
                    false));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static <T> T call(java.util.concurrent.Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }

    private static void run(Runnable work) throws Exception {
        WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
