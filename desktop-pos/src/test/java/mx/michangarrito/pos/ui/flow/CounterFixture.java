package mx.michangarrito.pos.ui.flow;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.Scene;
import javafx.stage.Stage;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.scanner.WedgeSettings;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.sim.VirtualDisplay;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.hardware.display.DisplayCommandSet;
import mx.michangarrito.hardware.payment.ConcertTerminal;
import mx.michangarrito.hardware.payment.ConcertTimings;
import mx.michangarrito.hardware.simulator.CardTerminalSimulator;
import mx.michangarrito.pos.device.CardPayments;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.device.DisplayOutput;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.device.ScaleInput;
import mx.michangarrito.hardware.scale.SerialScale;
import mx.michangarrito.hardware.scale.Toledo8217;
import mx.michangarrito.hardware.simulator.ScaleSimulator;
import mx.michangarrito.hardware.simulator.Simulated;
import mx.michangarrito.hardware.simulator.SimulatedDevices;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.CounterFlow;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import org.testfx.api.FxRobot;

/**
 * The real counter screens on a {@link TestTerminal}, in a TestFX stage. Key events get their times from
 * a stepping clock, so a test decides whether typing is as fast as a scanner (10 ms apart) or a person.
 */
final class CounterFixture implements AutoCloseable {

    static final Duration SCANNER_PACE = Duration.ofMillis(10);
    static final Duration HAND_PACE = Duration.ofMillis(200);
    /** Lupita's, the owner's, PIN on a {@link TestTerminal}. */
    static final String OWNER_PIN = "1111";

    final TestTerminal terminal;
    final DeviceBridge devices;
    private final Simulators simulators = new Simulators();
    /** The virtual printer the counter prints on, when the fixture has one. */
    final VirtualPrinter paper;
    private final PrinterOutput printer;
    /** The virtual customer display, when the fixture has devices. */
    final VirtualDisplay screen;
    private final DisplayOutput display;
    /** The simulated scale (Toledo 8217), when the fixture has devices. */
    final ScaleSimulator scale;
    private final ScaleInput scaleInput;
    private final AtomicLong now = new AtomicLong();
    private CardPayments cardPayments;
    private volatile Duration pace = HAND_PACE;

    CounterFixture(Path dir, Stage stage) {
        this(dir, stage, false);
    }

    /**
     * With {@code withDevices}, the counter prints on a virtual printer that retries and checks every 200 ms and
     * shows the sale on a virtual customer display.
     */
    CounterFixture(Path dir, Stage stage, boolean withDevices) {
        terminal = new TestTerminal(dir);
        Shell shell = new Shell();
        Scene scene = new Scene(shell.root(), 1280, 800);
        devices = new DeviceBridge(Platform::runLater, Texts.spanish().locale());
        if (withDevices) {
            SimUri uri = new SimUri("flow");
            try {
                paper = simulators.printer(uri);
                screen = simulators.display(uri);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            printer = PrinterOutput.open(uri, 58, simulators, Clock.systemUTC(), Duration.ofMillis(200),
                    Duration.ofMillis(200), Platform::runLater, Texts.spanish().locale());
            this.devices.attachPrinter(printer);
            display = DisplayOutput.open(uri, DisplayCommandSet.EPSON_DM_D, simulators, Clock.systemUTC(),
                    Texts.spanish().locale());
            this.devices.attachDisplay(display);
            Simulated<SerialScale, ScaleSimulator> simulated = SimulatedDevices.scale("scale", uri, new Toledo8217(),
                    Clock.systemUTC());
            scale = simulated.simulator();
            scaleInput = new ScaleInput(simulated.device(), simulated, Platform::runLater, Texts.spanish().locale());
            this.devices.attachScale(scaleInput);
        } else {
            scale = null;
            scaleInput = null;
            paper = null;
            printer = null;
            screen = null;
            display = null;
        }
        new CounterFlow(terminal.services(), Texts.spanish(), new InlineTaskExecutor(), shell, devices)
                .start(scene, WedgeSettings.DEFAULT, () -> now.addAndGet(pace.toNanos()));
        stage.setScene(scene);
        stage.show();
    }

    /**
     * Card payments from now on go through a simulated Concert terminal (the real driver over an in-memory
     * link), as in demo mode; the returned simulator approves until told otherwise.
     */
    CardTerminalSimulator cardTerminal() {
        Simulated<ConcertTerminal, CardTerminalSimulator> simulated = SimulatedDevices.cardTerminal("terminal",
                new SimUri("flow-card"), new ConcertTimings(Duration.ofSeconds(2), Duration.ofSeconds(20), 3),
                Clock.systemUTC());
        cardPayments = new CardPayments(simulated.device(), simulated, Platform::runLater, Texts.spanish().locale());
        devices.attachCardTerminal(cardPayments);
        return simulated.simulator();
    }

    /** From now on keys arrive as fast as a scanner types. */
    void scannerPace() {
        pace = SCANNER_PACE;
    }

    /** From now on keys arrive as slowly as a person types. */
    void handPace() {
        pace = HAND_PACE;
    }

    /** Types {@code code} and Enter as fast as a scanner; later keys arrive as slowly as a person types. */
    void scan(FxRobot robot, String code) {
        scannerPace();
        robot.write(code).type(KeyCode.ENTER);
        handPace();
    }

    /**
     * At the login list (Beto, Caro, Lupita): picks the one {@code downs} arrows from the top, types {@code pin},
     * opens the shift with $500 and waits for the sale screen.
     */
    static void logInAndOpenTheShift(FxRobot robot, int downs, String pin) {
        for (int i = 0; i < downs; i++) {
            robot.type(KeyCode.DOWN);
        }
        robot.write(pin).type(KeyCode.ENTER);
        robot.lookup("#float").queryAs(TextField.class);
        robot.write("500").type(KeyCode.ENTER);
        robot.lookup("#search").queryAs(TextField.class);
    }

    /** Caro, the cashier, logs in and opens the shift with $500. */
    static void cashierOpensTheShift(FxRobot robot) {
        logInAndOpenTheShift(robot, 1, TestTerminal.CASHIER_PIN);
    }

    /** Lupita, the owner, logs in and opens the shift with $500. */
    static void ownerOpensTheShift(FxRobot robot) {
        logInAndOpenTheShift(robot, 2, OWNER_PIN);
    }

    @Override
    public void close() {
        if (printer != null) {
            printer.close();
            display.close();
            scaleInput.close();
        }
        if (cardPayments != null) {
            cardPayments.close();
        }
        simulators.close();
        devices.close();
        terminal.close();
    }
}
