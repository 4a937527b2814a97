package mx.michangarrito.pos.ui.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.payment.ConcertTerminal;
import mx.michangarrito.hardware.payment.ConcertTimings;
import mx.michangarrito.hardware.simulator.CardTerminalSimulator;
import mx.michangarrito.hardware.simulator.Simulated;
import mx.michangarrito.hardware.simulator.SimulatedDevices;
import mx.michangarrito.hardware.simulator.TerminalBehaviour;
import mx.michangarrito.pos.device.CardPayments;
import mx.michangarrito.pos.sale.Cart;
import mx.michangarrito.pos.sale.CompletedSale;
import mx.michangarrito.pos.testing.TestTerminal;
import mx.michangarrito.pos.ui.Texts;
import mx.michangarrito.pos.ui.task.InlineTaskExecutor;
import mx.michangarrito.shared.money.Money;
import mx.michangarrito.shared.tax.TaxRates;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Paying a $87.50 cart on the simulated Concert terminal (the real driver over an in-memory link), without
 * the JavaFX toolkit: the terminal's outcomes are run on the test's thread as the UI thread would.
 */
class CardTerminalViewModelTest {

    @TempDir
    Path dir;
    private TestTerminal terminal;
    private final List<CompletedSale> completed = new ArrayList<>();
    private final BlockingQueue<Runnable> uiThread = new LinkedBlockingQueue<>();
    private Simulated<ConcertTerminal, CardTerminalSimulator> simulated;
    private CardPayments payments;
    private PaymentViewModel payment;
    private CardTerminalViewModel card;

    @BeforeEach
    void setUp() {
        terminal = new TestTerminal(dir);
        terminal.shifts.open(terminal.cashierId, Money.ofPesos(500));
        Cart cart = new Cart();
        terminal.product("Queso", "7501055300846", 8_750, TaxRates.IVA_0);
        cart.add(terminal.catalog.scan("7501055300846"));
        payment = new PaymentViewModel(cart, terminal.sales, terminal.customers, terminal.users, terminal.cashierId,
                Texts.spanish(), new InlineTaskExecutor(), completed::add);
        simulated = SimulatedDevices.cardTerminal("terminal", new SimUri("card-test"),
                new ConcertTimings(Duration.ofSeconds(2), Duration.ofMillis(800), 3), Clock.systemUTC());
        payments = new CardPayments(simulated.device(), simulated, uiThread::add, Texts.spanish().locale());
        payment.useTerminal(payments);
        card = payment.cardTerminal().orElseThrow();
    }

    @AfterEach
    void tearDown() {
        payments.close();
        terminal.close();
    }

    /** Runs the terminal's outcome as the UI thread would. */
    private void outcomeArrives() throws InterruptedException {
        Runnable outcome = uiThread.poll(20, TimeUnit.SECONDS);
        assertNotNull(outcome, "the terminal answered");
        outcome.run();
    }

    @Test
    void anApprovedChargeRecordsTheCardWithItsAuthorisationAndMaskedNumberAndStoresTheSale() throws Exception {
        card.charge();
        assertEquals(CardTerminalViewModel.State.WAITING, card.stateProperty().get());
        assertTrue(payment.messageProperty().get().contains("$87.50"), payment.messageProperty().get());
        outcomeArrives();
        assertEquals(CardTerminalViewModel.State.IDLE, card.stateProperty().get());
        assertEquals(1, completed.size());
        assertEquals(List.of("Tarjeta (A1B2C3 ************1234)  $87.50"), payment.tenderRows());
        assertEquals(8_750, simulated.simulator().requests().getFirst().amountCentavos());
    }

    @Test
    void aTypedAmountIsChargedAndTheRestStaysOwed() throws Exception {
        payment.amountProperty().set("50");
        card.charge();
        outcomeArrives();
        assertEquals(5_000, simulated.simulator().requests().getFirst().amountCentavos());
        assertEquals("$37.50", payment.remainingProperty().get());
        assertTrue(completed.isEmpty());
    }

    @Test
    void moreThanIsOwedIsNeverSentToTheTerminal() {
        payment.amountProperty().set("100");
        card.charge();
        assertEquals(CardTerminalViewModel.State.IDLE, card.stateProperty().get());
        assertTrue(payment.messageProperty().get().contains("$87.50"), payment.messageProperty().get());
        assertTrue(uiThread.isEmpty());
    }

    @Test
    void aDeclinedCardSaysWhatToDoAndTheVoucherNumberCanBeTypedByHand() throws Exception {
        simulated.simulator().behave(TerminalBehaviour.DECLINE);
        card.charge();
        outcomeArrives();
        assertEquals(CardTerminalViewModel.State.FAILED, card.stateProperty().get());
        String said = payment.messageProperty().get();
        assertTrue(said.contains("rechazada") && said.contains("F2"), said);
        assertTrue(completed.isEmpty());
        payment.card("778899");
        assertEquals(1, completed.size());
        assertEquals(List.of("Tarjeta (778899)  $87.50"), payment.tenderRows());
    }

    @Test
    void aDeclinedCardCanBeTriedAgainOnTheTerminal() throws Exception {
        simulated.simulator().behave(TerminalBehaviour.DECLINE);
        card.charge();
        outcomeArrives();
        simulated.simulator().behave(TerminalBehaviour.APPROVE);
        card.charge();
        outcomeArrives();
        assertEquals(1, completed.size());
        assertEquals(2, simulated.simulator().requests().size());
    }

    @Test
    void theCashierCancelsWhileTheTerminalWaitsAndNothingIsRecorded() throws Exception {
        simulated.simulator().behave(TerminalBehaviour.NO_RESULT);
        ConcertTimings patient = new ConcertTimings(Duration.ofSeconds(2), Duration.ofSeconds(60), 3);
        payments.close();
        simulated = SimulatedDevices.cardTerminal("terminal", new SimUri("card-cancel"), patient, Clock.systemUTC());
        simulated.simulator().behave(TerminalBehaviour.NO_RESULT);
        payments = new CardPayments(simulated.device(), simulated, uiThread::add, Texts.spanish().locale());
        payment.useTerminal(payments);
        card = payment.cardTerminal().orElseThrow();
        card.charge();
        while (simulated.simulator().requests().isEmpty()) {
            Thread.sleep(20);
        }
        card.cancel();
        outcomeArrives();
        assertEquals(CardTerminalViewModel.State.FAILED, card.stateProperty().get());
        assertTrue(payment.messageProperty().get().contains("cancelado"), payment.messageProperty().get());
        assertTrue(payment.tenderRows().isEmpty());
        card.dismiss();
        assertEquals(CardTerminalViewModel.State.IDLE, card.stateProperty().get());
    }

    @Test
    void aTerminalThatNeverAnswersEndsInATimeoutWithAMessage() throws Exception {
        simulated.simulator().behave(TerminalBehaviour.NO_RESULT);
        card.charge();
        outcomeArrives();
        assertEquals(CardTerminalViewModel.State.FAILED, card.stateProperty().get());
        String said = payment.messageProperty().get();
        assertTrue(said.contains("a tiempo") && said.contains("autorización"), said);
        assertTrue(completed.isEmpty());
    }
}
