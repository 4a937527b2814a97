package mx.michangarrito.pos.ui.sale;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import mx.michangarrito.pos.device.PrinterFeed;
import mx.michangarrito.pos.receipt.TicketService;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.TaskExecutor;
import mx.michangarrito.pos.user.Operator;

/**
 * The sale screen's side of the receipt printer: prints each stored sale's ticket (off the screen's
 * thread; the sale is already committed, so nothing here can undo it), reprints the last one, keeps a
 * banner with the printer's problem while there is one, and in demo mode holds the picture of the last
 * printed ticket until the cashier closes it.
 */
public final class PrinterViewModel implements PrinterFeed {

    private final Supplier<Optional<TicketService>> tickets;
    private final Operator cashier;
    private final Texts texts;
    private final TaskExecutor tasks;
    private final Runnable retryNow;
    private final BiConsumer<String, Boolean> notice;
    private final ReadOnlyStringWrapper banner = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<byte[]> preview = new ReadOnlyObjectWrapper<>();

    /**
     * @param tickets  the ticket printing, empty when the shop has no printer
     * @param retryNow tries the waiting tickets at once (on reprint: the cashier fixed the printer)
     * @param notice   shows a message on the sale screen (text, whether it is an error)
     */
    public PrinterViewModel(Optional<TicketService> tickets, Operator cashier, Texts texts, TaskExecutor tasks,
            Runnable retryNow, BiConsumer<String, Boolean> notice) {
        this(fixed(tickets), cashier, texts, tasks, retryNow, notice);
    }

    /**
     * Like the other constructor for a counter whose printer changes while it runs.
     *
     * @param tickets the ticket printing while a printer is in use, empty while there is none
     */
    public PrinterViewModel(Supplier<Optional<TicketService>> tickets, Operator cashier, Texts texts,
            TaskExecutor tasks, Runnable retryNow, BiConsumer<String, Boolean> notice) {
        this.tickets = Objects.requireNonNull(tickets, "tickets");
        this.cashier = Objects.requireNonNull(cashier, "cashier");
        this.texts = Objects.requireNonNull(texts, "texts");
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.retryNow = Objects.requireNonNull(retryNow, "retryNow");
        this.notice = Objects.requireNonNull(notice, "notice");
    }

    private static Supplier<Optional<TicketService>> fixed(Optional<TicketService> tickets) {
        Objects.requireNonNull(tickets, "tickets");
        return () -> tickets;
    }

    /** The printer's problem and what to do, or empty while it prints. */
    public ReadOnlyStringProperty bannerProperty() {
        return banner.getReadOnlyProperty();
    }

    /** Demo mode: a PNG of the last ticket printed, until closed; null when none is shown. */
    public ReadOnlyObjectProperty<byte[]> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Whether a printer is configured (otherwise there is nothing to reprint). */
    public boolean hasPrinter() {
        return tickets.get().isPresent();
    }

    /** The sale was stored: its ticket goes to the printer, the drawer opens for cash. */
    public void saleCompleted(CompletedSale sale) {
        tickets.get().ifPresent(t -> tasks.execute(() -> t.printSale(sale, cashier.displayName()), printed -> { },
                failure -> notice.accept(texts.get("printer.error.ticket", sale.folio()), true)));
    }

    /** Prints the last ticket again, marked as a reprint. */
    public void reprint() {
        Optional<TicketService> printing = tickets.get();
        if (printing.isEmpty()) {
            notice.accept(texts.get("printer.none"), true);
            return;
        }
        retryNow.run();
        tasks.execute(() -> printing.get().reprintLast(), copy -> notice.accept(copy
                .map(c -> texts.get("printer.reprinting", c.sale().folio()))
                .orElseGet(() -> texts.get("printer.nothing-to-reprint")), copy.isEmpty()),
                failure -> notice.accept(texts.error(failure), true));
    }

    /** Closes the demo ticket picture. */
    public void closePreview() {
        preview.set(null);
    }

    public boolean previewShown() {
        return preview.get() != null;
    }

    @Override
    public void problem(String text) {
        banner.set(texts.get("printer.banner", text));
    }

    @Override
    public void ready() {
        banner.set("");
    }

    @Override
    public void printed(byte[] previewPng) {
        preview.set(previewPng);
    }

    @Override
    public void noPrinter(int waiting) {
        banner.set(waiting == 0 ? "" : texts.get("printer.waiting-none", waiting));
    }
}
