package mx.michangarrito.pos.ui.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.receipt.TicketService;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sale screen's printer view model on a real terminal and the virtual printer. */
class PrinterViewModelTest {

    @TempDir
    Path dir;
    private TestTerminal terminal;
    private VirtualPrinter paper;
    private PrinterOutput output;
    private mx.michangarrito.pos.testing.TestPrinter testPrinter;
    private PrinterViewModel printer;
    private Product coke;
    private Operator caro;
    private final List<String> notices = new ArrayList<>();

    @BeforeEach
    void open() throws IOException {
        terminal = new TestTerminal(dir);
        TestTerminal.Counter counter = terminal.counter("vm");
        coke = counter.coke();
        caro = terminal.cashier();
        testPrinter = counter.printer();
        paper = counter.printer().paper;
        output = counter.printer().output;
        printer = viewModel(Optional.of(counter.printer().tickets(terminal)));
    }

    private PrinterViewModel viewModel(Optional<TicketService> tickets) {
        return new PrinterViewModel(tickets, caro, Texts.spanish(), new InlineTaskExecutor(), output::retryNow,
                (text, error) -> notices.add(text));
    }

    @AfterEach
    void close() {
        terminal.close();
    }

    private CompletedSale sell(Tender tender) {
        Cart cart = new Cart();
        cart.addUnits(coke, BigDecimal.ONE);
        return terminal.sales.complete(cart, List.of(tender), terminal.cashierId);
    }

    @Test
    void aCashSalePrintsItsTicketAndOpensTheDrawer() throws InterruptedException {
        printer.saleCompleted(sell(Tender.cash(Money.ofPesos(50))));
        assertTrue(paper.awaitReceipts(1, Duration.ofSeconds(20)));
        String text = paper.receipts().getFirst().text();
        assertTrue(text.contains("Mi tiendita") && text.contains("CAJA1-1") && text.contains("Caro"), text);
        assertTrue(paper.awaitDrawerKicks(1, Duration.ofSeconds(20)));
    }

    @Test
    void aCardSaleDoesNotOpenTheDrawer() throws InterruptedException {
        printer.saleCompleted(sell(Tender.card(Money.ofPesos(20), "123456")));
        assertTrue(paper.awaitReceipts(1, Duration.ofSeconds(20)));
        assertTrue(paper.receipts().getFirst().text().contains("Tarjeta (123456)"));
        assertFalse(paper.awaitDrawerKicks(1, Duration.ofMillis(300)));
    }

    @Test
    void withTheDrawerSettingOffACashSalePrintsButLeavesTheDrawerShut() throws InterruptedException {
        terminal.services().settings.put(mx.michangarrito.pos.receipt.ReceiptSettings.DRAWER_ON_CASH, "false");
        printer.saleCompleted(sell(Tender.cash(Money.ofPesos(50))));
        assertTrue(paper.awaitReceipts(1, Duration.ofSeconds(20)));
        assertFalse(paper.awaitDrawerKicks(1, Duration.ofMillis(300)));
    }

    @Test
    void reprintingCopiesTheLastTicketMarkedAsAReprint() throws InterruptedException {
        printer.reprint();
        assertEquals(List.of("Todavía no hay ningún ticket que reimprimir desde que se abrió la caja."), notices);
        printer.saleCompleted(sell(Tender.cash(Money.ofPesos(20))));
        printer.reprint();
        assertEquals("Reimprimiendo el ticket de la venta CAJA1-1.", notices.getLast());
        assertTrue(paper.awaitReceipts(2, Duration.ofSeconds(20)));
        assertFalse(paper.receipts().getFirst().text().contains("REIMPRESIÓN"));
        assertTrue(paper.receipts().get(1).text().contains("REIMPRESIÓN"));
        assertEquals(1, terminal.count("Sale"), "a reprint is no new sale");
    }

    @Test
    void withoutAPrinterReprintSaysSoAndASaleStillCompletes() {
        PrinterViewModel none = viewModel(Optional.empty());
        none.saleCompleted(sell(Tender.cash(Money.ofPesos(20))));
        none.reprint();
        assertEquals(List.of("No hay impresora configurada, así que no hay ticket que reimprimir."), notices);
        assertFalse(none.hasPrinter());
    }

    @Test
    void theBannerFollowsTheProblemAndThePreviewStaysUntilClosed() {
        printer.problem("La impresora no tiene papel.");
        assertEquals("La impresora no tiene papel. Con Ctrl+P reimprimes el último ticket.",
                printer.bannerProperty().get());
        printer.ready();
        assertEquals("", printer.bannerProperty().get());
        printer.printed(new byte[] {1, 2, 3});
        assertTrue(printer.previewShown());
        printer.closePreview();
        assertNull(printer.previewProperty().get());
    }

    @Test
    void aPrinterChosenWhileTheCounterRunsPrintsTheNextSaleAndTheWaitingCountShowsWhileThereIsNone()
            throws InterruptedException {
        java.util.concurrent.atomic.AtomicReference<Optional<TicketService>> inUse =
                new java.util.concurrent.atomic.AtomicReference<>(Optional.empty());
        PrinterViewModel live = new PrinterViewModel(inUse::get, caro, Texts.spanish(), new InlineTaskExecutor(),
                output::retryNow, (text, error) -> notices.add(text));
        live.noPrinter(3);
        assertEquals("3 tickets esperan impresora: no hay ninguna elegida. Elige una en F11 Administración → "
                + "Dispositivos y se imprimirán en ella; si cierras el programa antes, reimprímelos desde Tickets.",
                live.bannerProperty().get());
        live.saleCompleted(sell(Tender.cash(Money.ofPesos(20))));
        live.reprint();
        assertEquals(List.of("No hay impresora configurada, así que no hay ticket que reimprimir."), notices);

        inUse.set(Optional.of(testPrinter.tickets(terminal)));
        live.noPrinter(0);
        assertEquals("", live.bannerProperty().get());
        assertTrue(live.hasPrinter());
        live.saleCompleted(sell(Tender.cash(Money.ofPesos(20))));
        assertTrue(paper.awaitReceipts(1, Duration.ofSeconds(20)));
        assertTrue(paper.receipts().getFirst().text().contains("CAJA1-2"), paper.receipts().getFirst().text());
    }
}
