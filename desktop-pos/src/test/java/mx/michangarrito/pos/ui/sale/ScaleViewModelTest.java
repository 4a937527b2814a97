package mx.michangarrito.pos.ui.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.scale.SerialScale;
import mx.michangarrito.hardware.scale.Toledo8217;
import mx.michangarrito.hardware.simulator.ScaleSimulator;
import mx.michangarrito.hardware.simulator.Simulated;
import mx.michangarrito.hardware.simulator.SimulatedDevices;
import mx.michangarrito.pos.device.ScaleInput;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.user.Operator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weighed products read from the simulated scale (Toledo 8217 over a simulated serial cable). */
class ScaleViewModelTest {

    @TempDir
    Path dir;
    private TestTerminal terminal;
    private SaleViewModel sale;
    private Simulated<SerialScale, ScaleSimulator> simulated;
    private ScaleInput scale;
    /** What the scale hands to the screen's thread; the test thread runs it, as the FX thread would. */
    private final java.util.concurrent.BlockingQueue<Runnable> screenThread = new java.util.concurrent.LinkedBlockingQueue<>();

    @BeforeEach
    void setUp() {
        terminal = new TestTerminal(dir);
        terminal.weighed("Jamón", "1", 16_000);
        terminal.product("Coca-Cola 600 ml", "7501055300846", 2_000, mx.michangarrito.shared.tax.TaxRates.IVA_16);
        Operator caro = terminal.users.login(terminal.cashierId, TestTerminal.CASHIER_PIN);
        sale = new SaleViewModel(terminal.catalog, terminal.sales, terminal.services().parked, terminal.users, caro,
                Texts.spanish());
        simulated = SimulatedDevices.scale("scale", new SimUri("bascula-prueba"), new Toledo8217(), Clock.systemUTC());
        scale = new ScaleInput(simulated.device(), simulated, screenThread::add, Texts.spanish().locale());
        new ScaleViewModel(Optional.of(scale), sale, Texts.spanish()).follow();
    }

    @AfterEach
    void tearDown() {
        scale.close();
        terminal.close();
    }

    private void addHam() {
        sale.search("jamón");
        sale.addProduct(sale.searchResults().getFirst().id());
    }

    private void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!pumped(condition)) {
            if (System.nanoTime() > end) {
                throw new AssertionError("never: " + what);
            }
            Thread.sleep(20);
        }
    }

    private boolean pumped(BooleanSupplier condition) {
        Runnable task;
        while ((task = screenThread.poll()) != null) {
            task.run();
        }
        return condition.getAsBoolean();
    }

    @Test
    void aStableWeightGoesIntoTheCartByItself() throws InterruptedException {
        simulated.simulator().setWeight(new BigDecimal("0.750"));
        addHam();
        await(() -> sale.lines().size() == 1, "the weighed line");
        assertNull(sale.awaitingWeightProperty().get());
        assertEquals("$120.00", sale.totalProperty().get());
    }

    @Test
    void aMovingPanIsASpanishMessageAndTheCashierTypesTheWeight() throws InterruptedException {
        simulated.simulator().setWeight(new BigDecimal("0.500"));
        simulated.simulator().setMotion(true);
        addHam();
        await(() -> sale.messageProperty().get().startsWith("La báscula todavía se mueve"), "the motion message");
        assertTrue(sale.messageIsErrorProperty().get());
        assertNotNull(sale.awaitingWeightProperty().get(), "still waiting for a weight");
        assertTrue(sale.enterWeight("0.5"));
        assertEquals("$80.00", sale.totalProperty().get());
    }

    @Test
    void anOverloadOrAnEmptyPanIsAMessageToo() throws InterruptedException {
        simulated.simulator().setOverload(true);
        addHam();
        await(() -> sale.messageProperty().get().contains("pesa más de lo que aguanta la báscula"), "overload");
        sale.cancelWeight();
        simulated.simulator().setOverload(false);
        simulated.simulator().setWeight(BigDecimal.ZERO);
        addHam();
        await(() -> sale.messageProperty().get().startsWith("La báscula marca cero"), "empty pan");
        assertTrue(sale.lines().isEmpty());
    }

    @Test
    void piecesNeverAskTheScale() {
        int before = simulated.simulator().requests();
        sale.scan("7501055300846");
        assertEquals(before, simulated.simulator().requests());
        assertEquals(1, sale.lines().size());
    }
}
