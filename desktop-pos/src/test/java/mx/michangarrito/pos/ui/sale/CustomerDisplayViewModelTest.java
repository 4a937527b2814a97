package mx.michangarrito.pos.ui.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.display.DisplayCommandSet;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.sim.VirtualDisplay;
import mx.michangarrito.pos.device.DisplayOutput;
import mx.michangarrito.pos.sale.CompletedSale;
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

/** The customer display during a sale, on the virtual display. */
class CustomerDisplayViewModelTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private TestTerminal terminal;
    private final Simulators simulators = new Simulators();
    private DisplayOutput output;
    private VirtualDisplay screen;
    private SaleViewModel sale;
    private CustomerDisplayViewModel display;

    @BeforeEach
    void setUp() throws IOException {
        terminal = new TestTerminal(dir);
        terminal.product("Coca-Cola 600 ml", "7501055300846", 2_000, TaxRates.IVA_16);
        terminal.shifts.open(terminal.cashierId, Money.ofPesos(500));
        Operator caro = terminal.users.login(terminal.cashierId, TestTerminal.CASHIER_PIN);
        sale = new SaleViewModel(terminal.catalog, terminal.sales, terminal.services().parked, terminal.users, caro,
                Texts.spanish());
        SimUri uri = new SimUri("visor-prueba");
        screen = simulators.display(uri);
        output = DisplayOutput.open(uri, DisplayCommandSet.EPSON_DM_D, simulators, Clock.systemUTC(),
                Texts.spanish().locale());
        display = new CustomerDisplayViewModel(Optional.of(output), Texts.spanish(), "Abarrotes Lupita");
        display.follow(sale);
    }

    @AfterEach
    void tearDown() {
        output.close();
        simulators.close();
        terminal.close();
    }

    @Test
    void welcomeThenEachItemWithTheRunningTotalThenTotalPaidAndChange() throws InterruptedException {
        assertTrue(screen.awaitLines("     BIENVENIDO", "  Abarrotes Lupita", WAIT), screen.lines().toString());

        sale.scan("7501055300846");
        assertTrue(screen.awaitLines("Coca-Cola 600 $20.00", "TOTAL         $20.00", WAIT), screen.lines().toString());
        sale.scan("7501055300846");
        assertTrue(screen.awaitLines("Coca-Cola 600 $40.00", "TOTAL         $40.00", WAIT), screen.lines().toString());

        display.paying(sale.cart());
        assertTrue(screen.awaitLines("TOTAL         $40.00", "", WAIT), screen.lines().toString());
        CompletedSale done = terminal.sales.complete(sale.cart(), List.of(Tender.cash(Money.ofPesos(50))),
                terminal.cashierId);
        sale.saleCompleted(done);
        display.paid(done);
        assertTrue(screen.awaitLines("SU PAGO       $50.00", "CAMBIO        $10.00", WAIT), screen.lines().toString());

        sale.scan("7501055300846");
        sale.cancelSale();
        assertTrue(screen.awaitLines("     BIENVENIDO", "  Abarrotes Lupita", WAIT), screen.lines().toString());
    }

    @Test
    void aLongLabelIsCutSoTheAmountAlwaysShows() {
        assertEquals("Refresco de naran $9", CustomerDisplayViewModel.columns("Refresco de naranja 2 l", "$9"));
        assertEquals(20, CustomerDisplayViewModel.columns("x", "$1,234,567.00").length());
    }

    @Test
    void withoutADisplayNothingBreaks() {
        CustomerDisplayViewModel none = new CustomerDisplayViewModel(Optional.empty(), Texts.spanish(), "x");
        none.follow(sale);
        sale.scan("7501055300846");
        none.paying(sale.cart());
        assertEquals(1, sale.lines().size());
    }
}
