package mx.michangarrito.pos.ui.flow;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import mx.michangarrito.hardware.scanner.WedgeSettings;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.CounterFlow;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;

/**
 * The real counter screens on a {@link TestTerminal}, in a TestFX stage. Key events get their times from
 * a stepping clock, so a test decides whether typing is as fast as a scanner (10 ms apart) or a person.
 */
final class CounterFixture implements AutoCloseable {

    static final Duration SCANNER_PACE = Duration.ofMillis(10);
    static final Duration HAND_PACE = Duration.ofMillis(200);

    final TestTerminal terminal;
    final DeviceBridge devices;
    private final AtomicLong now = new AtomicLong();
    private volatile Duration pace = HAND_PACE;

    CounterFixture(Path dir, Stage stage) {
        terminal = new TestTerminal(dir);
        Shell shell = new Shell();
        Scene scene = new Scene(shell.root(), 1280, 800);
        devices = new DeviceBridge(Platform::runLater, Texts.spanish().locale());
        new CounterFlow(terminal.services(), Texts.spanish(), new InlineTaskExecutor(), shell, devices)
                .start(scene, WedgeSettings.DEFAULT, () -> now.addAndGet(pace.toNanos()));
        stage.setScene(scene);
        stage.show();
    }

    /** From now on keys arrive as fast as a scanner types. */
    void scannerPace() {
        pace = SCANNER_PACE;
    }

    /** From now on keys arrive as slowly as a person types. */
    void handPace() {
        pace = HAND_PACE;
    }

    @Override
    public void close() {
        devices.close();
        terminal.close();
    }
}
