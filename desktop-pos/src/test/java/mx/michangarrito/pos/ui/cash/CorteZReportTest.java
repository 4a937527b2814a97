package mx.michangarrito.pos.ui.cash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.pos.cash.Denomination;
import mx.michangarrito.pos.device.PrinterOutput;
import mx.michangarrito.pos.receipt.ReceiptBuilder;
import mx.michangarrito.pos.receipt.ReceiptSettings;
import mx.michangarrito.pos.receipt.TicketService;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.Tender;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.user.Operator;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Closing the shift prints the Z report on the (virtual) ticket printer; F5 prints it again. */
class CorteZReportTest {

    @TempDir
    Path dir;
    private final Simulators simulators = new Simulators();
    private TestTerminal terminal;
    private Operator caro;
    private VirtualPrinter paper;
    private PrinterOutput output;

    @BeforeEach
    void setUp() throws java.io.IOException {
        terminal = new TestTerminal(dir);
        caro = terminal.users.login(terminal.cashierId, TestTerminal.CASHIER_PIN);
        terminal.product("Cerveza", "7501055300846", 10_000, TaxRates.IVA_16);
        terminal.shifts.open(terminal.cashierId, Money.ofPesos(500));
        Cart beer = new Cart();
        beer.add(terminal.catalog.scan("7501055300846"));
        terminal.sales.complete(beer, List.of(Tender.cash(Money.ofPesos(200))), terminal.cashierId);
        Cart card = new Cart();
        card.add(terminal.catalog.scan("7501055300846"));
        terminal.sales.complete(card, List.of(Tender.card(Money.ofPesos(100), "A1")), terminal.cashierId);
        SimUri uri = new SimUri("corte-z");
        paper = simulators.printer(uri);
        output = PrinterOutput.open(uri, 80, simulators, Clock.systemUTC(), Duration.ofMillis(200),
                Duration.ofSeconds(30), Runnable::run, Locale.of("es", "MX"));
    }

    @AfterEach
    void tearDown() {
        output.close();
        simulators.close();
        terminal.close();
    }

    private CorteViewModel corte(Texts texts) {
        TicketService tickets = new TicketService(
                () -> ReceiptSettings.load(terminal.services().settings, terminal.services().shopZone(), "Mi tiendita"),
                terminal.fiado, terminal.customers, new ReceiptBuilder(texts.locale()), output);
        CorteViewModel corte = new CorteViewModel(terminal.corte, terminal.shifts, caro, texts, Optional.of(tickets));
        assertTrue(corte.load());
        return corte;
    }

    @Test
    void closingTheShiftPrintsTheZReportWithExpectedCountedAndTheDifference() throws InterruptedException {
        CorteViewModel corte = corte(Texts.spanish());
        corte.printZ();
        assertEquals("El reporte Z se imprime al cerrar el turno: cuenta el efectivo y presiona F12.",
                corte.messageProperty().get());
        assertTrue(paper.receipts().isEmpty());

        corte.rows().stream().filter(r -> r.denomination() == Denomination.B500).findFirst().orElseThrow()
                .countProperty().set("1");
        corte.rows().stream().filter(r -> r.denomination() == Denomination.B50).findFirst().orElseThrow()
                .countProperty().set("1");
        assertTrue(corte.close());
        assertTrue(corte.messageProperty().get().endsWith(
                "Se mandó a imprimir el reporte Z (F5 lo imprime otra vez)."), corte.messageProperty().get());
        assertTrue(paper.awaitReceipts(1, Duration.ofSeconds(20)));
        String z = paper.receipts().getFirst().text();
        for (String expected : List.of("CORTE DE CAJA (REPORTE Z)", "Mi tiendita", "Fondo inicial", "$500.00",
                "Ventas (2 tickets)", "$200.00", "Efectivo", "Esperado", "$600.00", "Contado", "$550.00",
                "Faltante", "$50.00", "Tarjeta", "$100.00", "Cuadra", "IVA 16%", caro.displayName())) {
            assertTrue(z.contains(expected), expected + " missing from:\n" + z);
        }
        assertFalse(z.contains("Sobrante"), z);

        corte.printZ();
        assertTrue(paper.awaitReceipts(2, Duration.ofSeconds(20)));
        assertEquals(z, paper.receipts().get(1).text());
    }

    @Test
    void theZReportIsInEnglishWhenTheCounterIs() throws InterruptedException {
        CorteViewModel corte = corte(new Texts(Locale.ENGLISH));
        corte.cardCountedProperty().set("100");
        corte.rows().stream().filter(r -> r.denomination() == Denomination.B500).findFirst().orElseThrow()
                .countProperty().set("1");
        corte.rows().stream().filter(r -> r.denomination() == Denomination.B100).findFirst().orElseThrow()
                .countProperty().set("2");
        assertTrue(corte.close());
        assertTrue(corte.messageProperty().get().endsWith("The Z report was sent to the printer (F5 prints it again)."),
                corte.messageProperty().get());
        assertTrue(paper.awaitReceipts(1, Duration.ofSeconds(20)));
        String z = paper.receipts().getFirst().text();
        for (String expected : List.of("END OF SHIFT (Z REPORT)", "Opening float", "Sales (2 tickets)", "Over",
                "Even")) {
            assertTrue(z.contains(expected), expected + " missing from:\n" + z);
        }
    }
}
