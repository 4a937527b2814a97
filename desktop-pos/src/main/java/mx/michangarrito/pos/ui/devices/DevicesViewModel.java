package mx.michangarrito.pos.ui.devices;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.ObjectProperty;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.DrawerState;
import mx.michangarrito.hardware.device.WeightStatus;
import mx.michangarrito.hardware.receipt.TestTicket;
import mx.michangarrito.pos.device.DeviceBridge;
import mx.michangarrito.pos.device.LiveDevices;
import mx.michangarrito.pos.device.PrinterFeed;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.device.ScaleFeed;
import mx.michangarrito.pos.device.ScanFeed;
import mx.michangarrito.pos.receipt.ReceiptSettings;
import mx.michangarrito.pos.settings.Settings;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;

/**
 * The devices settings: per device its saved address, detection of candidate addresses, saving a new
 * one (opened at once in place of the old device), a test (the card terminal's only checks the link), and its live status from the running devices; and the ticket
 * layout (paper width, header, footer) with a live preview of a sample ticket. The screen calls
 * {@link #leave()} when it goes, so the sale screen gets the printer's and scanner's news back.
 */
public final class DevicesViewModel {

    private static final System.Logger LOG = System.getLogger(DevicesViewModel.class.getName());

    /** The card terminal's address setting ({@code none} when the shop has none). */
    public static final String CARD_TERMINAL_SETTING = "device.card-terminal";

    private final Settings settings;
    private final DeviceBridge devices;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final ZoneId zone;
    private final Clock clock;
    private final Supplier<List<String>> detect;
    private final SampleTicket sample;
    private final Map<DeviceSlot, DeviceRow> rows = new EnumMap<>(DeviceSlot.class);
    private final ObjectProperty<Integer> paper = new SimpleObjectProperty<>(80);
    private final StringProperty header = new SimpleStringProperty("");
    private final StringProperty footer = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<byte[]> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);
    private PrinterFeed sharedPrinterFeed;
    private ScanFeed sharedScanFeed;
    private boolean listening;

    /**
     * @param detect lists the addresses present on this computer ({@code DeviceDiscovery::addresses} in the app)
     */
    public DevicesViewModel(Settings settings, DeviceBridge devices, Texts texts, TaskExecutor tasks, ZoneId zone,
            Clock clock, Supplier<List<String>> detect) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.devices = Objects.requireNonNull(devices, "devices");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.detect = Objects.requireNonNull(detect, "detect");
        this.sample = new SampleTicket(texts);
        for (DeviceSlot slot : DeviceSlot.values()) {
            rows.put(slot, new DeviceRow(slot));
        }
        paper.addListener((o, a, b) -> refreshPreview());
        header.addListener((o, a, b) -> refreshPreview());
        footer.addListener((o, a, b) -> refreshPreview());
    }

    /** Reads the settings, starts listening to the running devices and draws the preview. */
    public void load() {
        for (DeviceRow row : rows.values()) {
            row.saved(address(row.slot()));
            row.candidates().setAll(base(row.savedProperty().get()));
        }
        DeviceRow drawer = rows.get(DeviceSlot.DRAWER);
        drawer.saved(texts.get("devices.drawer.address"));
        drawer.candidates().clear();
        paper.set(settings.get(PrinterOutput.PAPER_SETTING).map(String::strip).filter(p -> p.equals("58")).isPresent()
                ? 58 : 80);
        header.set(settings.get(ReceiptSettings.HEADER).orElse(""));
        footer.set(settings.get(ReceiptSettings.FOOTER).orElse(""));
        refreshPreview();
        listen();
    }

    private String address(DeviceSlot slot) {
        return slot.setting().flatMap(settings::get).map(String::strip).filter(a -> !a.isEmpty())
                .orElse(slot.fallback());
    }

    private static List<String> base(String saved) {
        List<String> list = new ArrayList<>(List.of("sim:", "none"));
        if (!list.contains(saved)) {
            list.add(saved);
        }
        return list;
    }

    private void listen() {
        if (listening) {
            return;
        }
        listening = true;
        Optional<PrinterOutput> printer = devices.printer();
        status(DeviceSlot.PRINTER, printer.isPresent() ? texts.get("devices.status.checking") : off(DeviceSlot.PRINTER),
                false);
        status(DeviceSlot.DRAWER, printer.isPresent() ? texts.get("devices.drawer.status")
                : texts.get("devices.drawer.no-printer"), false);
        printer.ifPresent(output -> output.drawerState(this::drawerShown));
        sharedPrinterFeed = devices.printerFeedTo(new PrinterFeed() {
            @Override
            public void problem(String text) {
                status(DeviceSlot.PRINTER, text, true);
                if (sharedPrinterFeed != null) {
                    sharedPrinterFeed.problem(text);
                }
            }

            @Override
            public void ready() {
                status(DeviceSlot.PRINTER, texts.get("devices.printer.ready"), false);
                if (sharedPrinterFeed != null) {
                    sharedPrinterFeed.ready();
                }
            }

            @Override
            public void printed(byte[] previewPng) {
                preview.set(previewPng);
                message(texts.get("devices.printer.printed"), false);
            }

            @Override
            public void noPrinter(int waiting) {
                status(DeviceSlot.PRINTER, waiting == 0 ? off(DeviceSlot.PRINTER)
                        : texts.get("printer.waiting-none", waiting), waiting > 0);
                if (sharedPrinterFeed != null) {
                    sharedPrinterFeed.noPrinter(waiting);
                }
            }
        });
        status(DeviceSlot.DISPLAY, devices.display().isPresent() ? texts.get("devices.display.connected")
                : off(DeviceSlot.DISPLAY), false);
        status(DeviceSlot.SCANNER, texts.get("devices.scanner.waiting"), false);
        sharedScanFeed = devices.swapScans(new ScanFeed() {
            @Override
            public void scanned(String code) {
                status(DeviceSlot.SCANNER, texts.get("devices.scanner.last", code), false);
            }

            @Override
            public void problem(String text) {
                status(DeviceSlot.SCANNER, text, true);
            }
        });
        if (devices.scale().isPresent()) {
            readScale(true);
        } else {
            status(DeviceSlot.SCALE, off(DeviceSlot.SCALE), false);
        }
        status(DeviceSlot.CARD_TERMINAL, devices.cardTerminal().isPresent() ? texts.get("devices.terminal.not-used")
                : off(DeviceSlot.CARD_TERMINAL), false);
    }

    private void drawerShown(DrawerState state) {
        status(DeviceSlot.DRAWER, texts.get("devices.drawer.state." + state.name().toLowerCase(Locale.ROOT)),
                state == DrawerState.OPEN);
    }

    private String off(DeviceSlot slot) {
        return texts.get(rows.get(slot).savedProperty().get().equals("none") ? "devices.status.none"
                : "devices.status.not-started");
    }

    /** Gives the printer's and scanner's news back to the screens that had them (the sale). */
    public void leave() {
        if (!listening) {
            return;
        }
        listening = false;
        devices.printerFeedTo(sharedPrinterFeed);
        devices.swapScans(sharedScanFeed);
        sharedPrinterFeed = null;
        sharedScanFeed = null;
    }

    /** Lists the candidate addresses for {@code slot}: the simulator, none, and what this computer has. */
    public void detect(DeviceSlot slot) {
        DeviceRow row = rows.get(slot);
        message(texts.get("devices.detecting"), false);
        tasks.execute(detect::get, found -> {
            List<String> list = base(row.savedProperty().get());
            found.stream().filter(a -> slot == DeviceSlot.PRINTER || !a.startsWith("spooler:"))
                    .filter(a -> !list.contains(a)).forEach(list::add);
            row.candidates().setAll(list);
            message(texts.get("devices.detected", list.size() - 2), false);
        }, failure -> message(texts.get("devices.detect.failed"), true));
    }

    /**
     * Saves the chosen address of {@code slot}; with live devices the new device is opened in place of the old
     * one at once (off the screen's thread), else the counter uses it from its next start.
     */
    public boolean save(DeviceSlot slot) {
        DeviceRow row = rows.get(slot);
        Optional<String> setting = slot.setting();
        if (setting.isEmpty()) {
            return false;
        }
        String chosen = Optional.ofNullable(row.chosenProperty().get()).map(String::strip).orElse("");
        if (!chosen.equalsIgnoreCase("none")) {
            try {
                DeviceUri.parse(chosen);
            } catch (RuntimeException e) {
                message(texts.get("devices.address.invalid", chosen), true);
                return false;
            }
        } else {
            chosen = "none";
        }
        settings.put(setting.get(), chosen);
        row.saved(chosen);
        String name = texts.get("devices." + slot.id());
        message(texts.get("devices.saved", name), false);
        devices.live().ifPresent(live -> apply(live, setting.get(), name));
        return true;
    }

    /** Opens the device of the changed {@code setting} now, then shows the devices as they run. */
    private void apply(LiveDevices live, String setting, String name) {
        message(texts.get("devices.applying", name), false);
        tasks.execute(() -> {
            live.apply(setting);
            return name;
        }, done -> {
            message(texts.get("devices.saved.live", done), false);
            if (listening) {
                leave();
                listen();
            }
        }, failure -> message(texts.explained(failure).map(why -> texts.get(setting.equals(LiveDevices.SCANNER_SETTING)
                ? "devices.apply.failed.scanner" : "devices.apply.failed", name, why)).orElseGet(() -> {
                    LOG.log(System.Logger.Level.WARNING, "the device of " + setting + " did not open", failure);
                    return texts.get("devices.apply.failed.unknown", name);
                }), true));
    }

    /** Tries the device now: never anything that charges money. */
    public void test(DeviceSlot slot) {
        switch (slot) {
            case PRINTER -> devices.printer().ifPresentOrElse(output -> {
                output.print(texts.get("devices.printer.test-title"), TestTicket.document(output.profile()));
                message(texts.get("devices.printer.test-sent"), false);
            }, () -> message(texts.get("devices.test.not-running"), true));
            case DRAWER -> devices.printer().ifPresentOrElse(output -> {
                output.openDrawer();
                output.drawerState(this::drawerShown);
                message(texts.get("devices.drawer.opened"), false);
            }, () -> message(texts.get("devices.test.not-running"), true));
            case DISPLAY -> devices.display().ifPresentOrElse(display -> {
                display.show(texts.get("devices.display.test-upper"), texts.get("devices.display.test-lower"));
                message(texts.get("devices.display.test-sent"), false);
            }, () -> message(texts.get("devices.test.not-running"), true));
            case SCALE -> {
                if (devices.scale().isPresent()) {
                    readScale(true);
                } else {
                    message(texts.get("devices.test.not-running"), true);
                }
            }
            case SCANNER -> {
                status(DeviceSlot.SCANNER, texts.get("devices.scanner.scan-now"), false);
                message(texts.get("devices.scanner.scan-now"), false);
            }
            case CARD_TERMINAL -> devices.cardTerminal().ifPresentOrElse(terminal -> {
                status(DeviceSlot.CARD_TERMINAL, texts.get("devices.terminal.checking"), false);
                terminal.check(check -> status(DeviceSlot.CARD_TERMINAL, texts.get(check.ok()
                        ? "devices.terminal.ok" : "devices.terminal.failed", check.message()), !check.ok()));
            }, () -> message(texts.get("devices.test.not-running"), true));
        }
    }

    /** Whether the screen offers a test for {@code slot}: every device has one (none charges money). */
    public boolean testable(DeviceSlot slot) {
        return true;
    }

    /** Reads again what changes by itself while the screen is shown (drawer sensor, weight); called every few seconds. */
    public void refresh() {
        if (listening) {
            devices.printer().ifPresent(output -> output.drawerState(this::drawerShown));
            readScale(false);
        }
    }

    private void readScale(boolean announce) {
        if (announce) {
            status(DeviceSlot.SCALE, texts.get("devices.scale.reading"), false);
        }
        devices.scale().ifPresent(scale -> scale.read(new ScaleFeed() {
            @Override
            public void weighed(WeightStatus state, Optional<BigDecimal> kilograms) {
                String kg = kilograms.map(k -> k.setScale(3, java.math.RoundingMode.HALF_UP).toPlainString()).orElse("—");
                status(DeviceSlot.SCALE, texts.get("devices.scale.weight", kg,
                        texts.get("devices.scale." + state.name().toLowerCase(Locale.ROOT))), state != WeightStatus.STABLE);
            }

            @Override
            public void problem(String text) {
                status(DeviceSlot.SCALE, text.isBlank() ? texts.get("devices.scale.failed") : text, true);
            }
        }));
    }

    /** Saves the paper width, header and footer; with live devices the printer takes a new width at once. */
    public void saveLayout() {
        boolean newWidth = !String.valueOf(paper.get()).equals(settings.get(PrinterOutput.PAPER_SETTING)
                .map(String::strip).orElse("80"));
        settings.putAll(Map.of(PrinterOutput.PAPER_SETTING, String.valueOf(paper.get()),
                ReceiptSettings.HEADER, header.get().strip(), ReceiptSettings.FOOTER, footer.get().strip()));
        message(texts.get("devices.layout.saved"), false);
        if (newWidth) {
            devices.live().ifPresent(live -> apply(live, PrinterOutput.PAPER_SETTING, texts.get("devices.printer")));
        }
    }

    private void refreshPreview() {
        ReceiptSettings shop = ReceiptSettings.load(settings, zone, texts.get("app.title"));
        ReceiptSettings shown = new ReceiptSettings(shop.shopName(), shop.address(), shop.rfc(),
                Optional.ofNullable(header.get()).orElse("").strip(), Optional.ofNullable(footer.get()).orElse("").strip(),
                zone, shop.drawerOnCash());
        try {
            preview.set(sample.png(shown, paper.get() == null ? 80 : paper.get(), clock.instant()));
        } catch (RuntimeException e) {
            System.getLogger(DevicesViewModel.class.getName()).log(System.Logger.Level.WARNING, "ticket preview", e);
            message(texts.get("devices.preview.failed"), true);
        }
    }

    private void status(DeviceSlot slot, String text, boolean problem) {
        rows.get(slot).status(text, problem);
    }

    private void message(String text, boolean isError) {
        message.set(text);
        error.set(isError);
    }

    public DeviceRow row(DeviceSlot slot) {
        return rows.get(slot);
    }

    public ObjectProperty<Integer> paperProperty() {
        return paper;
    }

    public StringProperty headerProperty() {
        return header;
    }

    public StringProperty footerProperty() {
        return footer;
    }

    /** The PNG of the sample ticket (or, in demo mode, of the last ticket the virtual printer printed). */
    public ReadOnlyObjectProperty<byte[]> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
