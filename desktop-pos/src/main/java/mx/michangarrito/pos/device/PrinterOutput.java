package mx.michangarrito.pos.device;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import mx.michangarrito.hardware.device.DeviceEvent;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.DrawerState;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.PrintJobChanged;
import mx.michangarrito.hardware.device.Reconnected;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.device.StatusChanged;
import mx.michangarrito.hardware.device.Subscription;
import mx.michangarrito.hardware.drawer.CashDrawer;
import mx.michangarrito.hardware.drawer.PrinterCashDrawer;
import mx.michangarrito.hardware.output.OutputDevices;
import mx.michangarrito.hardware.printer.ExecutorRetryScheduler;
import mx.michangarrito.hardware.printer.PrintJob;
import mx.michangarrito.hardware.printer.PrintQueue;
import mx.michangarrito.hardware.printer.PrinterSettings;
import mx.michangarrito.hardware.printer.PrinterWatch;
import mx.michangarrito.hardware.printer.ReceiptPrinter;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.sim.PrintedReceipt;
import mx.michangarrito.hardware.sim.ReceiptPreview;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.hardware.text.HardwareMessage;
import mx.michangarrito.pos.receipt.TicketOutput;

/**
 * The configured receipt printer with its print queue and drawer, seen from the counter: tickets are
 * queued (never lost nor doubled, the queue's promise), the drawer is kicked on the queue's thread, the
 * printer's health is checked while idle, and what the cashier must know reaches the screen through a
 * {@link PrinterFeed} on the UI thread. With a {@code sim:} address the printer is the virtual one and
 * each printed ticket comes back as a picture (demo mode).
 */
public final class PrinterOutput implements TicketOutput, AutoCloseable {

    /** The setting naming the printer's address; absent or {@code sim:} means the virtual printer. */
    public static final String PRINTER_SETTING = "device.printer";
    /** The paper width setting, 58 or 80 (mm); 80 when absent. */
    public static final String PAPER_SETTING = "device.printer.paper";

    private static final System.Logger LOG = System.getLogger(PrinterOutput.class.getName());

    private final ReceiptPrinter printer;
    private final PrintQueue queue;
    private final CashDrawer drawer;
    private final ExecutorRetryScheduler scheduler;
    private final PrinterWatch watch;
    private final VirtualPrinter virtual;
    private final ReceiptPreview preview;
    private final Executor uiThread;
    private final Locale locale;
    private final AtomicReference<PrinterFeed> feed = new AtomicReference<>();
    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final Map<Long, HardwareMessage> waiting = new LinkedHashMap<>();
    private final Map<Long, Waiting> documents = new java.util.concurrent.ConcurrentHashMap<>();
    private HardwareMessage unhealthy;
    private int previewed;

    private PrinterOutput(ReceiptPrinter printer, VirtualPrinter virtual, Duration retryDelay, Duration watchEvery,
            Clock clock, Executor uiThread, Locale locale) {
        this.printer = printer;
        this.virtual = virtual;
        this.uiThread = Objects.requireNonNull(uiThread, "uiThread");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.scheduler = new ExecutorRetryScheduler("printer-queue");
        this.queue = new PrintQueue(printer, scheduler, retryDelay, clock);
        this.drawer = new PrinterCashDrawer(printer);
        this.watch = new PrinterWatch(printer, scheduler, watchEvery);
        this.preview = new ReceiptPreview(printer.settings().profile().dotsPerLine());
        if (virtual != null) {
            previewed = virtual.receipts().size();
        }
        subscriptions.add(queue.subscribe(this::onEvent));
        subscriptions.add(printer.subscribe(this::onEvent));
    }

    /**
     * Opens the printer at {@code uri} ({@code sim:} → the virtual printer of {@code simulators}); it
     * connects on the queue's thread, so a printer that is off never slows the start.
     *
     * @param retryDelay how long a waiting ticket waits before the next try
     * @param watchEvery how often the idle printer's health is checked
     */
    public static PrinterOutput open(DeviceUri uri, int paperMillimetres, Simulators simulators, Clock clock,
            Duration retryDelay, Duration watchEvery, Executor uiThread, Locale locale) {
        PrinterSettings settings = PrinterSettings.forPaper(paperMillimetres);
        ReceiptPrinter printer = new OutputDevices(simulators, clock).printer("printer", uri, settings);
        VirtualPrinter virtual = null;
        if (uri instanceof SimUri sim) {
            try {
                virtual = simulators.printer(sim);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "the virtual printer did not start", e);
            }
        }
        PrinterOutput output = new PrinterOutput(printer, virtual, retryDelay, watchEvery, clock, uiThread, locale);
        output.scheduler.runNow(output::startPrinter);
        return output;
    }

    /**
     * The screen that hears about the printer from now on; {@code null} when none does.
     *
     * @return the screen that heard about it until now (so a screen shown over it can give it back)
     */
    public PrinterFeed feedTo(PrinterFeed newFeed) {
        PrinterFeed previous = feed.getAndSet(newFeed);
        if (newFeed != null) {
            announce();
        }
        return previous;
    }

    /** The printer's paper width in dots (what a preview of its tickets is drawn at). */
    public int dotsPerLine() {
        return printer.settings().profile().dotsPerLine();
    }

    /** The printer's receipt profile (columns, code table) for documents printed on it. */
    public mx.michangarrito.hardware.receipt.ReceiptProfile profile() {
        return printer.settings().profile();
    }

    @Override
    public void print(String title, ReceiptDocument document) {
        documents.put(queue.submit(title, document).id(), new Waiting(title, document));
    }

    /**
     * A ticket this printer has not printed, as it was asked for, so that another printer can print it for
     * its own paper.
     */
    public record Waiting(String title, ReceiptDocument document) {
    }

    /**
     * Gives up the tickets this printer has not printed (another printer takes them): stops checking the
     * printer, lets a ticket being sent right now finish (for at most {@code patience}), and takes every
     * waiting one out of this queue. Blocks: call it off the screen's thread.
     *
     * @return the tickets, oldest first
     */
    public List<Waiting> handOver(Duration patience) {
        watch.close();
        long end = System.nanoTime() + patience.toNanos();
        List<Waiting> moved = new ArrayList<>();
        while (true) {
            boolean sending = false;
            for (PrintJob job : queue.jobs()) {
                if (!job.pending()) {
                    continue;
                }
                Waiting ticket = documents.get(job.id());
                if (queue.cancel(job.id())) {
                    if (ticket != null) {
                        moved.add(ticket);
                    }
                } else {
                    sending = true;
                }
            }
            if (!sending || System.nanoTime() > end) {
                return moved;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return moved;
            }
        }
    }

    /** Reads the drawer's sensor through the printer, on the queue's thread; {@code done} hears it on the UI thread. */
    public void drawerState(Consumer<DrawerState> done) {
        scheduler.runNow(() -> {
            DrawerState state = drawer.state();
            uiThread.execute(() -> done.accept(state));
        });
    }

    @Override
    public void openDrawer() {
        scheduler.runNow(() -> LOG.log(System.Logger.Level.DEBUG, "drawer: " + drawer.kick()));
    }

    /** Prints the printer's test ticket (accents, ñ, barcode, QR); in demo mode its picture reaches the feed. */
    public void printTest(String title) {
        print(title, mx.michangarrito.hardware.receipt.TestTicket.document(printer.settings().profile()));
    }

    /** Tries the waiting tickets now (the cashier says the paper is back). */
    public void retryNow() {
        queue.retryNow();
    }

    private void startPrinter() {
        try {
            printer.start(PrinterSettings.CONNECT_TIMEOUT);
            printer.checkHealth();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "the printer is not reachable yet: " + e.getMessage());
        }
        watch.start();
    }

    private void onEvent(DeviceEvent event) {
        boolean printed = false;
        synchronized (this) {
            switch (event) {
                case PrintJobChanged job -> {
                    switch (job.state()) {
                        case WAITING -> waiting.put(job.jobId(), job.detail());
                        case ACCEPTED -> { // the printer's health comes from its own status events
                            waiting.remove(job.jobId());
                            documents.remove(job.jobId());
                            printed = true;
                        }
                        case CANCELLED -> {
                            waiting.remove(job.jobId());
                            documents.remove(job.jobId());
                        }
                        default -> { }
                    }
                }
                case StatusChanged status -> unhealthy = status.report().health() == DeviceHealth.FAILED
                        || status.report().health() == DeviceHealth.WARNING ? status.report().detail() : null;
                case Disconnected gone -> unhealthy = gone.reason();
                case Reconnected back -> unhealthy = null;
                default -> {
                    return;
                }
            }
        }
        announce();
        if (printed && virtual != null) {
            showPrinted();
        }
    }

    /** Tells the screen the most pressing problem, or that all is well. */
    private void announce() {
        HardwareMessage problem;
        synchronized (this) {
            problem = waiting.isEmpty() ? unhealthy : waiting.values().iterator().next();
        }
        String text = problem == null ? null : problem.format(locale);
        uiThread.execute(() -> {
            PrinterFeed to = feed.get();
            if (to != null) {
                if (text == null) {
                    to.ready();
                } else {
                    to.problem(text);
                }
            }
        });
    }

    /** Demo mode: the picture of each ticket the virtual printer cut off since the last one shown. */
    private void showPrinted() {
        java.util.List<PrintedReceipt> receipts = virtual.receipts();
        PrintedReceipt newest;
        synchronized (this) {
            if (receipts.size() <= previewed) {
                return;
            }
            previewed = receipts.size();
            newest = receipts.getLast();
        }
        byte[] png = preview.png(newest);
        uiThread.execute(() -> {
            PrinterFeed to = feed.get();
            if (to != null) {
                to.printed(png);
            }
        });
    }

    @Override
    public void close() {
        watch.close();
        subscriptions.forEach(Subscription::close);
        subscriptions.clear();
        scheduler.close();
        printer.close();
    }
}
