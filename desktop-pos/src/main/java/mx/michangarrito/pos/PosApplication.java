package mx.michangarrito.pos;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import mx.michangarrito.hardware.scanner.WedgeSettings;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.device.LiveDevices;
import mx.michangarrito.pos.store.DataDirectory;
import mx.michangarrito.pos.ui.CounterFlow;
import mx.michangarrito.pos.ui.Shell;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.Widgets;
import mx.michangarrito.pos.ui.settings.Appearance;
import mx.michangarrito.pos.ui.task.FxTaskExecutor;
import mx.michangarrito.shared.text.UserMessage;

/**
 * The counter app's composition root: opens the terminal's services on the data dir, starts the
 * scanner (the simulator in demo mode, when none is configured), wires the screens, and closes
 * everything when the window closes. A store that cannot open (in use by another window, a newer
 * version, an unusable folder) is explained on screen instead of crashing.
 */
public final class PosApplication extends Application {

    /** The setting naming the serial scanner's address; absent or {@code sim:} means the demo simulator. */
    public static final String SCANNER_SETTING = LiveDevices.SCANNER_SETTING;
    private static final System.Logger LOG = System.getLogger(PosApplication.class.getName());

    /** Set by {@link Main} before launching: the services opening while the toolkit starts. */
    private static volatile EarlyOpen early;
    private PosServices pos;
    private DeviceBridge devices;
    private final Simulators simulators = new Simulators();
    private LiveDevices live;

    @Override
    public void start(Stage stage) {
        Texts texts = new Texts(locale(java.util.Optional.empty()));
        Shell shell = new Shell();
        Scene scene = new Scene(shell.root(), 1280, 800);
        stage.setTitle(texts.get("app.title"));
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        stage.setScene(scene);
        Path dataDir = DataDirectory.forThisProcess();
        EarlyOpen opening = early != null ? early : EarlyOpen.start(dataDir, PosConfig.defaults(), Clock.systemUTC());
        early = null;
        switch (open(opening, dataDir, texts)) {
            case Opened opened -> {
                pos = opened.services();
                // The owner's language and appearance (back office settings); the language only at start.
                texts = new Texts(locale(pos.settings.get(Appearance.LANGUAGE)));
                stage.setTitle(texts.get("app.title"));
                Appearance.of(pos.settings.get(Appearance.FONT_SIZE), pos.settings.get(Appearance.HIGH_CONTRAST))
                        .applyTo(shell.root());
                pos.backups.startDaily();
            }
            case Refused refused -> {
                shell.show(startupError(texts, refused.message(), dataDir));
                stage.show();
                return;
            }
        }
        devices = new DeviceBridge(Platform::runLater, texts.locale());
        live = new LiveDevices(pos.settings::get, devices, simulators, Clock.systemUTC(), Platform::runLater,
                texts.locale(), Duration.ofSeconds(5), Duration.ofSeconds(10));
        live.startAll();
        CounterFlow flow = new CounterFlow(pos, texts, new FxTaskExecutor(), shell, devices);
        if (getParameters().getRaw().contains("--demo")) {
            flow.demoWhenNew();
        }
        flow.start(scene, WedgeSettings.DEFAULT, System::nanoTime);
        stage.show();
    }

    /** What opening the store came to: the services, or what to tell the person. */
    sealed interface Opening permits Opened, Refused {
    }

    record Opened(PosServices services) implements Opening {
    }

    record Refused(String message) implements Opening {
    }

    /**
     * Opens the terminal's services; a store that cannot open (in use by another window, newer version,
     * unusable folder, unreadable) becomes its Spanish (or English) message, the detail goes to the log.
     */
    static Opening open(Path dataDir, PosConfig config, Clock clock, Texts texts) {
        return open(EarlyOpen.start(dataDir, config, clock), dataDir, texts);
    }

    private static Opening open(EarlyOpen opening, Path dataDir, Texts texts) {
        try {
            return new Opened(opening.services());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.ERROR, "the store did not open at " + dataDir, e);
            return new Refused(texts.error(e));
        }
    }

    /**
     * Starts opening the services in this process's data folder before the toolkit starts (called by
     * {@link Main} right before {@code Application.launch}); {@link #start} takes them over.
     */
    static void openEarly() {
        early = EarlyOpen.start(DataDirectory.forThisProcess(), PosConfig.defaults(), Clock.systemUTC());
    }

    /**
     * Called by {@link Main} once {@code Application.launch} returned or failed (no display): services opened
     * early that {@link #start} never took are waited for and closed, never left half-open by the exit.
     */
    static void closeUntaken() {
        EarlyOpen untaken = early;
        early = null;
        if (untaken != null) {
            try {
                untaken.services().close();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.DEBUG, "the services opened early did not open", e);
            }
        }
    }

    /** {@code pos.lang} / {@code POS_LANG} when set (tests, support), else the language the owner saved. */
    private static Locale locale(java.util.Optional<String> saved) {
        String lang = System.getProperty("pos.lang", System.getenv().getOrDefault("POS_LANG", saved.orElse("es")));
        return lang.toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : UserMessage.ES_MX;
    }

    private static VBox startupError(Texts texts, String message, Path dataDir) {
        Button close = new Button(texts.get("startup.error.close"));
        close.setDefaultButton(true);
        close.setOnAction(e -> Platform.exit());
        VBox screen = new VBox(18, Widgets.label(texts.get("startup.error.title"), "screen-title"),
                Widgets.label(message, "message"), Widgets.label(texts.get("startup.error.details", dataDir), "subtitle"),
                close);
        screen.setId("startup-error");
        screen.setPadding(new Insets(40));
        return screen;
    }

    @Override
    public void stop() {
        if (devices != null) {
            devices.close();
        }
        if (live != null) {
            live.close();
        }
        simulators.close();
        if (pos != null) {
            pos.close();
        }
    }
}
