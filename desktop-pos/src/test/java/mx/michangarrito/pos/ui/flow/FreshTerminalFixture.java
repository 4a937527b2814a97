package mx.michangarrito.pos.ui.flow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import mx.michangarrito.hardware.scanner.WedgeSettings;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.pos.PosConfig;
import mx.michangarrito.pos.PosServices;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.device.PrinterSwitch;
import mx.michangarrito.pos.ui.CounterFlow;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;

/**
 * The real counter screens on a brand-new terminal (an empty database, so the first run shows), in a TestFX
 * stage, with the demo printer ({@code sim:}) chosen as a shop's first run chooses it. Unlike
 * {@link CounterFixture} nothing is seeded: the test makes the shop through the first-run screen.
 */
final class FreshTerminalFixture implements AutoCloseable {

    final PosServices pos;
    final CounterFlow flow;
    private final Simulators simulators;
    private final PrinterSwitch printers;
    private final DeviceBridge devices;

    /**
     * Opens a new terminal in a new folder under {@code dir} and shows its first screen on {@code stage}. With
     * {@code sizable}, the screens can be laid out at every size ({@link LayoutCheck#takeOver}).
     */
    FreshTerminalFixture(Path dir, Stage stage, boolean sizable) throws IOException {
        this(dir, stage, sizable, false);
    }

    /** As above; with {@code demo} the flow is started as {@code Main --demo} starts it ({@link CounterFlow#demoWhenNew}). */
    FreshTerminalFixture(Path dir, Stage stage, boolean sizable, boolean demo) throws IOException {
        PosConfig d = PosConfig.defaults();
        pos = PosServices.open(Files.createTempDirectory(dir, "fresh"), new PosConfig(d.terminalCode(), d.shopZone(),
                d.discountLimitPercent(), d.scaleLabels(), 4), Clock.systemUTC());
        simulators = new Simulators();
        devices = new DeviceBridge(Platform::runLater, Texts.spanish().locale());
        printers = new PrinterSwitch(devices, uri -> PrinterOutput.open(uri, 80, simulators, Clock.systemUTC(),
                Duration.ofMillis(200), Duration.ofMillis(200), Platform::runLater, Texts.spanish().locale()));
        printers.use("sim:");
        devices.attachPrinterSwitch(printers);
        Shell shell = new Shell();
        Scene scene = new Scene(shell.root(), 1280, 800);
        flow = new CounterFlow(pos, Texts.spanish(), new InlineTaskExecutor(), shell, devices);
        if (demo) {
            flow.demoWhenNew();
        }
        flow.start(scene, WedgeSettings.DEFAULT, System::nanoTime);
        stage.setScene(scene);
        if (sizable) {
            LayoutCheck.takeOver(scene);
        }
        stage.show();
    }

    @Override
    public void close() {
        printers.close();
        simulators.close();
        devices.close();
        pos.close();
    }
}
