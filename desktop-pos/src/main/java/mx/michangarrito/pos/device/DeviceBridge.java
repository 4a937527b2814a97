package mx.michangarrito.pos.device;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import mx.michangarrito.hardware.device.BarcodeScanned;
import mx.michangarrito.hardware.device.Device;
import mx.michangarrito.hardware.device.DeviceEvent;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.Reconnected;
import mx.michangarrito.hardware.device.ScanRejected;
import mx.michangarrito.hardware.device.Subscription;

/**
 * The one path from device drivers to the screens (DESIGN.md): listens to the devices on their drivers'
 * threads and hands each event to whichever screen is listening, on the screen's thread ({@code uiThread},
 * {@code Platform::runLater} in the app). Screens come and go; the subscription to a device stays.
 */
public final class DeviceBridge implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DeviceBridge.class.getName());

    private final Executor uiThread;
    private final Locale locale;
    private final AtomicReference<ScanFeed> scanFeed = new AtomicReference<>();
    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final AtomicReference<PrinterOutput> printer = new AtomicReference<>();
    private final AtomicReference<DisplayOutput> display = new AtomicReference<>();
    private final AtomicReference<ScaleInput> scale = new AtomicReference<>();
    private final AtomicReference<CardPayments> cardTerminal = new AtomicReference<>();
    private final AtomicReference<PrinterSwitch> printerSwitch = new AtomicReference<>();
    private final AtomicReference<LiveDevices> live = new AtomicReference<>();

    public DeviceBridge(Executor uiThread, Locale locale) {
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * Listens to a scanner (or any device: only scanner events are passed on for now).
     *
     * @return what stops listening (when the scanner is replaced)
     */
    public Subscription attach(Device device) {
        Subscription subscription = device.subscribe(this::onEvent);
        subscriptions.add(subscription);
        return () -> {
            subscription.close();
            subscriptions.remove(subscription);
        };
    }

    /** The devices as the settings name them, reopened when a setting changes. */
    public void attachLive(LiveDevices devices) {
        live.set(devices);
    }

    /** The live devices, when the app can reopen them (not in tests that fix their devices). */
    public java.util.Optional<LiveDevices> live() {
        return java.util.Optional.ofNullable(live.get());
    }

    /**
     * Where tickets go: always the printer in use at the moment of printing, so a printer changed in the back
     * office takes the next ticket.
     */
    public mx.michangarrito.pos.receipt.TicketOutput tickets() {
        return new mx.michangarrito.pos.receipt.TicketOutput() {
            @Override
            public void print(String title, mx.michangarrito.hardware.receipt.ReceiptDocument document) {
                printer().ifPresentOrElse(p -> p.print(title, document),
                        () -> LOG.log(System.Logger.Level.INFO, "no printer: " + title + " was not printed"));
            }

            @Override
            public void openDrawer() {
                printer().ifPresent(PrinterOutput::openDrawer);
            }
        };
    }

    /** The receipt printer the counter prints on (the composition root opens and closes it). */
    public void attachPrinter(PrinterOutput output) {
        printer.set(output);
    }

    /** The receipt printer, if the shop has one. */
    public java.util.Optional<PrinterOutput> printer() {
        return java.util.Optional.ofNullable(printer.get());
    }

    /** Switches the receipt printer while the app runs (the first run's printer choice). */
    public void attachPrinterSwitch(PrinterSwitch printers) {
        printerSwitch.set(printers);
    }

    /** The printer switch, when the app can change its printer (not in tests that fix one). */
    public java.util.Optional<PrinterSwitch> printers() {
        return java.util.Optional.ofNullable(printerSwitch.get());
    }

    /**
     * The screen that hears about the receipt printer from now on (the one in use, or that there is none and
     * how many tickets wait for one); {@code null} when none does.
     *
     * @return the screen that heard about it until now (so a screen shown over it can give it back)
     */
    public PrinterFeed printerFeedTo(PrinterFeed feed) {
        PrinterSwitch printers = printerSwitch.get();
        if (printers != null) {
            return printers.feedTo(feed);
        }
        return printer().map(output -> output.feedTo(feed)).orElse(null);
    }

    /** Runs {@code action} on the screens' thread. */
    void onScreen(Runnable action) {
        uiThread.execute(action);
    }

    /** The customer display (the composition root opens and closes it). */
    public void attachDisplay(DisplayOutput output) {
        display.set(output);
    }

    /** The customer display, if the shop has one. */
    public java.util.Optional<DisplayOutput> display() {
        return java.util.Optional.ofNullable(display.get());
    }

    /** The scale (the composition root opens and closes it). */
    public void attachScale(ScaleInput input) {
        scale.set(input);
    }

    /** The scale, if the shop has one configured. */
    public java.util.Optional<ScaleInput> scale() {
        return java.util.Optional.ofNullable(scale.get());
    }

    /** The card terminal (the composition root opens and closes it). */
    public void attachCardTerminal(CardPayments payments) {
        cardTerminal.set(payments);
    }

    /** The card terminal, if the shop has one ({@code device.card-terminal} other than {@code none}). */
    public java.util.Optional<CardPayments> cardTerminal() {
        return java.util.Optional.ofNullable(cardTerminal.get());
    }

    /** The screen that takes scans from now on; {@code null} when no screen sells (login, first run). */
    public void scansTo(ScanFeed feed) {
        scanFeed.set(feed);
    }

    /**
     * Like {@link #scansTo} for a screen shown over another one (the devices settings' scanner test).
     *
     * @return the screen that took scans until now, to give them back to
     */
    public ScanFeed swapScans(ScanFeed feed) {
        return scanFeed.getAndSet(feed);
    }

    private void onEvent(DeviceEvent event) {
        switch (event) {
            case BarcodeScanned s -> deliver(feed -> feed.scanned(s.code()));
            case ScanRejected r -> deliver(feed -> feed.problem(r.reason().format(locale)));
            case Disconnected d -> deliver(feed -> feed.problem(d.reason().format(locale)));
            case Reconnected r -> LOG.log(System.Logger.Level.INFO, r.source() + " reconnected");
            default -> LOG.log(System.Logger.Level.DEBUG, "device event not shown: " + event);
        }
    }

    private void deliver(java.util.function.Consumer<ScanFeed> action) {
        uiThread.execute(() -> {
            ScanFeed feed = scanFeed.get();
            if (feed != null) {
                action.accept(feed);
            }
        });
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
    }
}
