package mx.michangarrito.pos.ui.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.receipt.TicketService;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.SaleHistory;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.testing.TestPrinter;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tickets section's view model, without a stage, on a real terminal and a virtual printer. */
class TicketsViewModelTest {

    @TempDir
    Path dir;
    private TestTerminal terminal;
    private VirtualPrinter paper;
    private TestPrinter printer;
    private Product coke;
    private Operator caro;

    @BeforeEach
    void open() throws IOException {
        terminal = new TestTerminal(dir);
        TestTerminal.Counter counter = terminal.counter("tickets-vm");
        coke = counter.coke();
        printer = counter.printer();
        paper = printer.paper;
        caro = terminal.cashier();
    }

    @AfterEach
    void close() {
        terminal.close();
    }

    private TicketsViewModel model(boolean withPrinter) {
        Optional<TicketService> tickets = withPrinter ? Optional.of(printer.tickets(terminal))
                : Optional.empty();
        return new TicketsViewModel(new SaleHistory(terminal.db), terminal.voids, terminal.returns, terminal.users,
                tickets, caro, Texts.spanish(), new InlineTaskExecutor(), terminal.services().shopZone(), terminal.clock);
    }

    private CompletedSale sell(int pieces, Tender tender) {
        Cart cart = new Cart();
        cart.addUnits(coke, BigDecimal.valueOf(pieces));
        return terminal.sales.complete(cart, List.of(tender), terminal.cashierId);
    }

    @Test
    void todaysSalesAreListedAndFoundByFolioAndAmount() {
        CompletedSale one = sell(1, Tender.cash(Money.ofPesos(20)));
        CompletedSale two = sell(2, Tender.cash(Money.ofPesos(50)));
        TicketsViewModel model = model(true);
        model.search();
        assertEquals(List.of(two.folio(), one.folio()), model.found().stream().map(SaleHistory.Summary::folio).toList());
        assertEquals("2 venta(s) encontrada(s). Elige una con las flechas.", model.messageProperty().get());

        model.amountProperty().set("20");
        model.search();
        assertEquals(List.of(one.folio()), model.found().stream().map(SaleHistory.Summary::folio).toList());
        assertTrue(model.detailText().getFirst().startsWith("Venta " + one.folio()), model.detailText().toString());
        assertTrue(model.detailText().contains("Efectivo · $20.00"), model.detailText().toString());

        model.amountProperty().set("");
        model.folioProperty().set("NADA");
        model.search();
        assertTrue(model.found().isEmpty());
        assertTrue(model.messageProperty().get().startsWith("No hay ventas con esos datos."));
    }

    @Test
    void badDatesSayHowToWriteThem() {
        TicketsViewModel model = model(true);
        model.fromProperty().set("2026-11-23");
        model.search();
        assertTrue(model.errorProperty().get());
        assertTrue(model.messageProperty().get().startsWith("Escribe la fecha como dd/mm/aaaa"));
        model.fromProperty().set("24/11/2026");
        model.toProperty().set("23/11/2026");
        model.search();
        assertTrue(model.messageProperty().get().startsWith("La fecha «Hasta» es anterior"));
    }

    @Test
    void reprintMarksTheCopyAndWithoutAPrinterSaysSo() throws InterruptedException {
        CompletedSale sale = sell(1, Tender.cash(Money.ofPesos(20)));
        TicketsViewModel model = model(true);
        model.search();
        model.reprint();
        assertTrue(paper.awaitReceipts(1, Duration.ofSeconds(20)));
        String text = paper.receipts().getFirst().text();
        assertTrue(text.contains("REIMPRESIÓN") && text.contains(sale.folio()) && text.contains("Caro"), text);

        TicketsViewModel none = model(false);
        none.search();
        none.reprint();
        assertTrue(none.errorProperty().get());
        assertTrue(none.messageProperty().get().startsWith("No hay impresora configurada"));
    }

    @Test
    void aVoidNeedsAReasonAndAManagersPinAndMarksTheSale() {
        CompletedSale sale = sell(1, Tender.cash(Money.ofPesos(20)));
        TicketsViewModel model = model(true);
        model.search();
        int[] closed = {0};
        model.voidSale(terminal.managerId, TestTerminal.MANAGER_PIN, " ", () -> closed[0]++);
        assertTrue(model.messageProperty().get().startsWith("Escribe el motivo"));
        model.voidSale(terminal.managerId, "0000", "se arrepintió", () -> closed[0]++);
        assertTrue(model.errorProperty().get(), model.messageProperty().get());
        assertEquals(0, terminal.count("SaleVoid"));

        model.voidSale(terminal.managerId, TestTerminal.MANAGER_PIN, "se arrepintió", () -> closed[0]++);
        assertEquals(1, closed[0]);
        assertEquals("La venta " + sale.folio() + " quedó cancelada: el inventario, la caja y el fiado ya se ajustaron.",
                model.messageProperty().get());
        assertTrue(model.found().getFirst().voided());
        assertTrue(model.rowText(model.found().getFirst()).endsWith("[CANCELADA]"));
        assertFalse(model.canVoid());
        assertFalse(model.canReturn());
    }

    @Test
    void aReturnTakesBackPartOfALine() {
        CompletedSale sale = sell(3, Tender.cash(Money.ofPesos(60)));
        TicketsViewModel model = model(true);
        model.search();
        assertTrue(model.canReturn());
        assertEquals(TenderKind.CASH, model.refundTenders().getFirst());
        SaleHistory.DetailLine line = model.detailProperty().get().lines().getFirst();
        int[] closed = {0};
        model.returnItems(Map.of(), TenderKind.CASH, "", () -> closed[0]++);
        assertTrue(model.errorProperty().get());
        model.returnItems(Map.of(line.saleLineId(), new BigDecimal("5")), TenderKind.CASH, "", () -> closed[0]++);
        assertTrue(model.errorProperty().get(), "more than was sold");
        model.returnItems(Map.of(line.saleLineId(), BigDecimal.ONE), TenderKind.CASH, "caducado", () -> closed[0]++);
        assertEquals(1, closed[0]);
        assertEquals("Devolución de la venta " + sale.folio() + " registrada: $20.00 reembolsados en Efectivo.",
                model.messageProperty().get());
        assertEquals(0, new BigDecimal("2").compareTo(model.detailProperty().get().lines().getFirst().returnable()));
        assertTrue(model.detailText().stream().anyMatch(t -> t.contains("(devuelto 1)")), model.detailText().toString());
    }
}
