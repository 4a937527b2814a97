package mx.michangarrito.pos;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.payment.ConcertTerminal;
import mx.michangarrito.hardware.payment.ConcertTimings;
import mx.michangarrito.hardware.scanner.BarcodeScanner;
import mx.michangarrito.hardware.scanner.ScannerFraming;
import mx.michangarrito.hardware.scanner.SerialScanner;
import mx.michangarrito.hardware.scanner.WedgeSettings;
import mx.michangarrito.hardware.display.DisplayCommandSet;
import mx.michangarrito.hardware.scale.ScaleProtocol;
import mx.michangarrito.hardware.scale.SerialScale;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.simulator.Simulated;
import mx.michangarrito.hardware.simulator.SimulatedDevices;
import mx.michangarrito.pos.device.CardPayments;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.device.GtinSymbologies;
import mx.michangarrito.pos.device.DisplayOutput;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.device.PrinterSwitch;
import mx.michangarrito.pos.device.ScaleInput;
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
    public static final String SCANNER_SETTING = "device.scanner";
    private static final System.Logger LOG = System.getLogger(PosApplication.class.getName());

    /** Set by {@link Main} before launching: the services opening while the toolkit starts. */
    private static volatile EarlyOpen early;
    private PosServices pos;
    private DeviceBridge devices;
    private AutoCloseable scanner;
    private final Simulators simulators = new Simulators();
    private PrinterSwitch printers;
    private DisplayOutput display;
    private ScaleInput scale;
    private CardPayments cardPayments;

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
        startScanner();
        startPrinter(texts);
        startDisplay(texts);
        startScale(texts);
        startCardTerminal(texts);
        new CounterFlow(pos, texts, new FxTaskExecutor(), shell, devices)
                .start(scene, WedgeSettings.DEFAULT, System::nanoTime);
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

    /** The configured serial scanner, or the simulator; a scanner that fails never stops the counter. */
    private void startScanner() {
        try {
            DeviceUri uri = pos.settings.get(SCANNER_SETTING).map(DeviceUri::parse).orElse(SimUri.DEFAULT);
            BarcodeScanner device;
            if (uri instanceof SimUri sim) {
                Simulated<SerialScanner, ?> simulated = SimulatedDevices.scanner("escáner", sim, ScannerFraming.DEFAULT,
                        GtinSymbologies.INSTANCE, Clock.systemUTC());
                scanner = simulated;
                device = simulated.device();
            } else {
                SerialScanner serial = SerialScanner.onPort("escáner", uri, ScannerFraming.DEFAULT, GtinSymbologies.INSTANCE,
                        Clock.systemUTC(), Duration.ofSeconds(1));
                scanner = serial;
                device = serial;
            }
            devices.attach(device);
            device.start(Duration.ofSeconds(2));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the scanner did not start; wedge scanning still works", e);
        }
    }

    /**
     * The configured receipt printer ({@code device.printer}; absent or {@code sim:} is the virtual printer
     * of demo mode, {@code none} is no printer); a bad setting is logged and the counter sells without one.
     */
    private void startPrinter(Texts texts) {
        try {
            String address = pos.settings.get(PrinterOutput.PRINTER_SETTING).map(String::strip).orElse("sim:");
            int paper = pos.settings.get(PrinterOutput.PAPER_SETTING).map(String::strip).map(Integer::parseInt).orElse(80);
            printers = new PrinterSwitch(devices, uri -> PrinterOutput.open(uri, paper, simulators, Clock.systemUTC(),
                    Duration.ofSeconds(5), Duration.ofSeconds(10), Platform::runLater, texts.locale()));
            devices.attachPrinterSwitch(printers);
            printers.use(address);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the receipt printer did not start; sales go on without tickets", e);
        }
    }

    /** The customer display ({@code device.display}; absent or {@code sim:} is the virtual one, {@code none} none). */
    private void startDisplay(Texts texts) {
        try {
            String address = pos.settings.get(DisplayOutput.DISPLAY_SETTING).map(String::strip).orElse("sim:");
            if (address.equalsIgnoreCase("none")) {
                return;
            }
            DisplayCommandSet commands = pos.settings.get(DisplayOutput.COMMANDS_SETTING).map(String::strip)
                    .map(DisplayCommandSet::parse).orElse(DisplayCommandSet.EPSON_DM_D);
            display = DisplayOutput.open(DeviceUri.parse(address), commands, simulators, Clock.systemUTC(),
                    texts.locale());
            devices.attachDisplay(display);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the customer display did not start; sales go on without it", e);
        }
    }

    /**
     * The scale, when {@code device.scale} names one ({@code sim:} is the simulated scale) with its
     * {@code device.scale.protocol}; without it weights are typed.
     */
    private void startScale(Texts texts) {
        try {
            Optional<String> address = pos.settings.get(ScaleInput.SCALE_SETTING).map(String::strip)
                    .filter(a -> !a.isEmpty() && !a.equalsIgnoreCase("none"));
            if (address.isEmpty()) {
                return;
            }
            String id = pos.settings.get(ScaleInput.PROTOCOL_SETTING).orElse("toledo");
            ScaleProtocol protocol = ScaleProtocol.byId(id)
                    .orElseThrow(() -> new IllegalArgumentException("unknown scale protocol " + id));
            DeviceUri uri = DeviceUri.parse(address.get());
            if (uri instanceof SimUri sim) {
                Simulated<SerialScale, ?> simulated = SimulatedDevices.scale("báscula", sim, protocol, Clock.systemUTC());
                scale = new ScaleInput(simulated.device(), simulated, Platform::runLater, texts.locale());
            } else {
                SerialScale serial = new SerialScale("báscula", uri, protocol, Clock.systemUTC(), Duration.ofSeconds(2));
                scale = new ScaleInput(serial, serial, Platform::runLater, texts.locale());
            }
            devices.attachScale(scale);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the scale did not start; weights are typed", e);
        }
    }

    /**
     * The card terminal ({@code device.card-terminal}; absent or {@code sim:} is the simulated Concert terminal
     * of demo mode, {@code none} is no terminal: card payments are typed with the voucher's authorisation).
     */
    private void startCardTerminal(Texts texts) {
        try {
            String address = pos.settings.get(CardPayments.TERMINAL_SETTING).map(String::strip)
                    .filter(a -> !a.isEmpty()).orElse("sim:");
            if (address.equalsIgnoreCase("none")) {
                return;
            }
            DeviceUri uri = DeviceUri.parse(address);
            if (uri instanceof SimUri sim) {
                Simulated<ConcertTerminal, ?> simulated = SimulatedDevices.cardTerminal("terminal", sim,
                        ConcertTimings.DEFAULT, Clock.systemUTC());
                cardPayments = new CardPayments(simulated.device(), simulated, Platform::runLater, texts.locale());
            } else {
                ConcertTerminal terminal = new ConcertTerminal("terminal", uri, 1, ConcertTimings.DEFAULT,
                        Clock.systemUTC());
                cardPayments = new CardPayments(terminal, terminal, Platform::runLater, texts.locale());
            }
            devices.attachCardTerminal(cardPayments);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the card terminal did not start; card payments are typed", e);
        }
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
        if (scanner != null) {
            try {
                scanner.close();
            } catch (Exception e) {
                LOG.log(System.Logger.Level.DEBUG, "closing the scanner", e);
            }
        }
        if (printers != null) {
            printers.close();
        }
        if (display != null) {
            display.close();
        }
        if (scale != null) {
            scale.close();
        }
        if (cardPayments != null) {
            cardPayments.close();
        }
        simulators.close();
        if (pos != null) {
            pos.close();
        }
    }
}
