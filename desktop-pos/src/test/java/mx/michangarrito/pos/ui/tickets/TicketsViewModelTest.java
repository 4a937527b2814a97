package mx.michangarrito.pos.ui.tickets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.pos.cash.TenderKind;
import mx.michangarrito.pos.catalog.Product;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.receipt.ReceiptBuilder;
import mx.michangarrito.pos.receipt.ReceiptSettings;
import mx.michangarrito.pos.receipt.TicketService;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.sale.SaleHistory;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tickets section's view model, without a stage, on a real terminal and a virtual printer. */
class TicketsViewModelTest {

    @TempDir
    Path dir;
    private TestTerminal terminal;
    private final Simulators simulators = new Simulators();
    private VirtualPrinter paper;
    private PrinterOutput output;
    private Product coke;
    private Operator caro;

    @BeforeEach
    void open() throws IOException {
        terminal = new TestTerminal(dir);
        coke = terminal.product("Coca-Cola 600 ml", "7501055300846", 2_000, TaxRates.IVA_16);
        terminal.shifts.open(terminal.cashierId, Money.ofPesos(500));
        caro = terminal.users.login(terminal.cashierId, TestTerminal.CASHIER_PIN);
        SimUri uri = new SimUri("tickets-vm");
        paper = simulators.printer(uri);
        output = PrinterOutput.open(uri, 80, simulators, Clock.systemUTC(), Duration.ofMillis(200),
                Duration.ofSeconds(30), Runnable::run, Texts.spanish().locale());
    }

    @AfterEach
    void close() {
        output.close();
        simulators.close();
        terminal.close();
    }

    private TicketsViewModel model(boolean withPrinter) {
        Optional<TicketService> tickets = withPrinter ? Optional.of(new TicketService(
                () -> ReceiptSettings.load(terminal.services().settings, terminal.services().shopZone(), "Mi tiendita"),
                terminal.fiado, terminal.customers, new ReceiptBuilder(Texts.spanish().locale()), output))
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
