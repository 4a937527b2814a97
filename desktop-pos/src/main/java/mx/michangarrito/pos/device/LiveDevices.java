package mx.michangarrito.pos.device;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.device.Subscription;
import mx.michangarrito.hardware.display.DisplayCommandSet;
import mx.michangarrito.hardware.payment.ConcertTerminal;
import mx.michangarrito.hardware.payment.ConcertTimings;
import mx.michangarrito.hardware.scale.ScaleProtocol;
import mx.michangarrito.hardware.scale.SerialScale;
import mx.michangarrito.hardware.scanner.BarcodeScanner;
import mx.michangarrito.hardware.scanner.ScannerFraming;
import mx.michangarrito.hardware.scanner.SerialScanner;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.simulator.Simulated;
import mx.michangarrito.hardware.simulator.SimulatedDevices;

/**
 * The counter's devices as the settings name them, opened at start and reopened while the app runs: saving
 * a device's address in the back office calls {@link #apply} (off the screen's thread), which opens the new
 * device, puts it in the {@link DeviceBridge} in place of the old one and then closes the old one. Tickets
 * waiting for the old printer move to the new one ({@link PrinterSwitch}). A device that does not open is
 * logged and left out; the counter sells without it.
 */
public final class LiveDevices implements AutoCloseable {

    /** The setting naming the serial scanner's address; absent or {@code sim:} means the demo simulator. */
    public static final String SCANNER_SETTING = "device.scanner";

    private static final System.Logger LOG = System.getLogger(LiveDevices.class.getName());

    private final Function<String, Optional<String>> settings;
    private final DeviceBridge bridge;
    private final Simulators simulators;
    private final Clock clock;
    private final Executor uiThread;
    private final Locale locale;
    private final Duration printerRetry;
    private final Duration printerWatch;
    private PrinterSwitch printers;
    private AutoCloseable scanner;
    private Subscription scannerEvents;
    private DisplayOutput display;
    private ScaleInput scale;
    private CardPayments cardPayments;

    /**
     * @param settings     reads a setting ({@code Settings::get} in the app)
     * @param printerRetry how long a waiting ticket waits before the next try
     * @param printerWatch how often the idle printer's health is checked
     */
    public LiveDevices(Function<String, Optional<String>> settings, DeviceBridge bridge, Simulators simulators,
            Clock clock, Executor uiThread, Locale locale, Duration printerRetry, Duration printerWatch) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.bridge = Objects.requireNonNull(bridge, "bridge");
        this.simulators = Objects.requireNonNull(simulators, "simulators");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.printerRetry = Objects.requireNonNull(printerRetry, "printerRetry");
        this.printerWatch = Objects.requireNonNull(printerWatch, "printerWatch");
    }

    /** Opens every configured device; each one that fails is logged and left out. */
    public synchronized void startAll() {
        for (String setting : new String[] {SCANNER_SETTING, PrinterOutput.PRINTER_SETTING,
                DisplayOutput.DISPLAY_SETTING, ScaleInput.SCALE_SETTING, CardPayments.TERMINAL_SETTING}) {
            try {
                apply(setting);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the device of " + setting + " did not start", e);
            }
        }
        bridge.attachLive(this);
    }

    /**
     * Uses from now on the device {@code setting} names (its address as saved, or its protocol, paper width or
     * command set): opens it, swaps it in and closes the old one. Blocks while the device opens: call it off
     * the screen's thread.
     *
     * @throws RuntimeException when the new device cannot be opened (the settings are bad)
     */
    public synchronized void apply(String setting) {
        switch (setting) {
            case SCANNER_SETTING -> startScanner();
            case PrinterOutput.PRINTER_SETTING, PrinterOutput.PAPER_SETTING -> startPrinter(
                    setting.equals(PrinterOutput.PAPER_SETTING));
            case DisplayOutput.DISPLAY_SETTING, DisplayOutput.COMMANDS_SETTING -> startDisplay();
            case ScaleInput.SCALE_SETTING, ScaleInput.PROTOCOL_SETTING -> startScale();
            case CardPayments.TERMINAL_SETTING -> startCardTerminal();
            default -> LOG.log(System.Logger.Level.DEBUG, "no device follows " + setting);
        }
    }

    private String address(String setting, String absent) {
        return settings.apply(setting).map(String::strip).filter(a -> !a.isEmpty()).orElse(absent);
    }

    private static boolean none(String address) {
        return address.equalsIgnoreCase(PrinterSwitch.NONE);
    }

    private void startScanner() {
        String address = address(SCANNER_SETTING, "sim:");
        DeviceUri uri = none(address) ? null : DeviceUri.parse(address);
        closeScanner();
        if (uri == null) {
            return;
        }
        BarcodeScanner device;
        if (uri instanceof SimUri sim) {
            Simulated<SerialScanner, ?> simulated = SimulatedDevices.scanner("scanner", sim, ScannerFraming.DEFAULT,
                    GtinSymbologies.INSTANCE, clock);
            scanner = simulated;
            device = simulated.device();
        } else {
            SerialScanner serial = SerialScanner.onPort("scanner", uri, ScannerFraming.DEFAULT, GtinSymbologies.INSTANCE,
                    clock, Duration.ofSeconds(1));
            scanner = serial;
            device = serial;
        }
        scannerEvents = bridge.attach(device);
        try {
            device.start(Duration.ofSeconds(2));
        } catch (RuntimeException e) {
            closeScanner(); // a port that does not open is not held half-open; scans come by keyboard meanwhile
            throw e;
        }
    }

    private void closeScanner() {
        if (scannerEvents != null) {
            scannerEvents.close();
            scannerEvents = null;
        }
        closeQuietly(scanner, "scanner");
        scanner = null;
    }

    private void startPrinter(boolean paperChanged) {
        int paper = settings.apply(PrinterOutput.PAPER_SETTING).map(String::strip).filter(p -> p.equals("58"))
                .map(p -> 58).orElse(80);
        if (printers == null) {
            printers = new PrinterSwitch(bridge, uri -> PrinterOutput.open(uri, paper, simulators, clock, printerRetry,
                    printerWatch, uiThread, locale));
            bridge.attachPrinterSwitch(printers);
        } else if (paperChanged) {
            printers.reopenWith(uri -> PrinterOutput.open(uri, paper, simulators, clock, printerRetry, printerWatch,
                    uiThread, locale));
            return;
        }
        printers.use(address(PrinterOutput.PRINTER_SETTING, PrinterSwitch.SIMULATOR));
    }

    private void startDisplay() {
        String address = address(DisplayOutput.DISPLAY_SETTING, "sim:");
        DisplayCommandSet commands = settings.apply(DisplayOutput.COMMANDS_SETTING).map(String::strip)
                .map(DisplayCommandSet::parse).orElse(DisplayCommandSet.EPSON_DM_D);
        DisplayOutput opened = none(address) ? null
                : DisplayOutput.open(DeviceUri.parse(address), commands, simulators, clock, locale);
        DisplayOutput previous = display;
        display = opened;
        bridge.attachDisplay(opened);
        closeQuietly(previous, "customer display");
    }

    private void startScale() {
        String address = address(ScaleInput.SCALE_SETTING, PrinterSwitch.NONE);
        ScaleInput opened = null;
        if (!none(address)) {
            String id = settings.apply(ScaleInput.PROTOCOL_SETTING).map(String::strip).orElse("toledo");
            ScaleProtocol protocol = ScaleProtocol.byId(id)
                    .orElseThrow(() -> new IllegalArgumentException("unknown scale protocol " + id));
            DeviceUri uri = DeviceUri.parse(address);
            if (uri instanceof SimUri sim) {
                Simulated<SerialScale, ?> simulated = SimulatedDevices.scale("scale", sim, protocol, clock);
                opened = new ScaleInput(simulated.device(), simulated, uiThread, locale);
            } else {
                SerialScale serial = new SerialScale("scale", uri, protocol, clock, Duration.ofSeconds(2));
                opened = new ScaleInput(serial, serial, uiThread, locale);
            }
        }
        ScaleInput previous = scale;
        scale = opened;
        bridge.attachScale(opened);
        closeQuietly(previous, "scale");
    }

    private void startCardTerminal() {
        String address = address(CardPayments.TERMINAL_SETTING, "sim:");
        CardPayments opened = null;
        if (!none(address)) {
            DeviceUri uri = DeviceUri.parse(address);
            if (uri instanceof SimUri sim) {
                Simulated<ConcertTerminal, ?> simulated = SimulatedDevices.cardTerminal("terminal", sim,
                        ConcertTimings.DEFAULT, clock);
                opened = new CardPayments(simulated.device(), simulated, uiThread, locale);
            } else {
                ConcertTerminal terminal = new ConcertTerminal("terminal", uri, 1, ConcertTimings.DEFAULT, clock);
                opened = new CardPayments(terminal, terminal, uiThread, locale);
            }
        }
        CardPayments previous = cardPayments;
        cardPayments = opened;
        bridge.attachCardTerminal(opened);
        closeQuietly(previous, "card terminal");
    }

    private static void closeQuietly(AutoCloseable device, String what) {
        if (device == null) {
            return;
        }
        try {
            device.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the " + what, e);
        }
    }

    @Override
    public synchronized void close() {
        closeScanner();
        closeQuietly(printers, "printer");
        closeQuietly(display, "customer display");
        closeQuietly(scale, "scale");
        closeQuietly(cardPayments, "card terminal");
        printers = null;
        display = null;
        scale = null;
        cardPayments = null;
    }
}
