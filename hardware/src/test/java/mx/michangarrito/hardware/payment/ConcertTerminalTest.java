package mx.michangarrito.hardware.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.PaymentOutcome;
import mx.michangarrito.hardware.device.PaymentResult;
import mx.michangarrito.hardware.device.Reconnected;
import mx.michangarrito.hardware.simulator.CardTerminalSimulator;
import mx.michangarrito.hardware.simulator.TerminalBehaviour;
import mx.michangarrito.hardware.testing.EventQueue;
import mx.michangarrito.hardware.testing.PtyPair;
import mx.michangarrito.hardware.transport.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The Concert driver against the card terminal simulator over a socat pty pair. */
class ConcertTerminalTest {

    private static final Duration POLL = Duration.ofMillis(100);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);
    // short enough to keep the fault tests quick, long enough for a loaded shared CI machine
    private static final ConcertTimings FAST = new ConcertTimings(Duration.ofSeconds(1), Duration.ofSeconds(2), 3);

    @TempDir
    Path dir;

    private PtyPair pty;
    private CardTerminalSimulator simulator;
    private ConcertTerminal terminal;
    private final EventQueue events = new EventQueue();

    @AfterEach
    void unplug() throws IOException {
        if (terminal != null) {
            terminal.close();
        }
        if (simulator != null) {
            simulator.close();
            assertFalse(simulator.running());
        }
        if (pty != null) {
            pty.close();
        }
    }

    private void connect(String serialOptions) throws IOException {
        plugIn(serialOptions);
        terminal = new ConcertTerminal("terminal", DeviceUri.parse("serial:" + pty.a() + serialOptions), 1, FAST, CLOCK);
        terminal.subscribe(events);
        terminal.start(Duration.ofSeconds(2));
    }

    private void plugIn(String serialOptions) throws IOException {
        pty = PtyPair.start(dir);
        simulator = CardTerminalSimulator.start(Links.open(DeviceUri.parse("serial:" + pty.b() + serialOptions), POLL));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"?baud=9600", "?baud=9600&bits=7&parity=E"})
    void anApprovedSaleCarriesTheReferenceAndTheMaskedCard(String serialOptions) throws IOException {
        connect(serialOptions);

        PaymentResult result = terminal.sale(1250);

        assertEquals(new PaymentResult("terminal", CLOCK.instant(), PaymentOutcome.APPROVED, 1250, Optional.of("A1B2C3"),
                Optional.of("************1234"), result.message()), result);
        assertEquals("payment.approved", result.message().key());
        assertEquals(List.of(new ConcertRequest(1, 1250, TransactionType.SALE)), simulator.requests());
        assertEquals(result, events.next(PaymentResult.class));
    }

    @Test
    void aRefundIsSentAsType2() throws IOException {
        connect("");

        PaymentResult result = terminal.refund(45_000);

        assertTrue(result.approved());
        assertEquals("payment.refunded", result.message().key());
        assertEquals(TransactionType.REFUND, simulator.requests().getFirst().type());
        assertEquals(45_000, simulator.requests().getFirst().amountCentavos());
    }

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource({
        "DECLINE, DECLINED, payment.declined",
        "NOT_VERIFIED, ERROR, payment.notVerified",
        "NO_RESULT, ERROR, payment.noResult",
        "GARBLE_ALWAYS, ERROR, payment.garbled",
        "NAK_REQUESTS, ERROR, payment.refused",
        "IGNORE_ENQ, ERROR, payment.noAnswer"})
    void everyFaultEndsInADefinedOutcomeWithAMessage(TerminalBehaviour behaviour, PaymentOutcome outcome, String key)
            throws IOException {
        connect("");
        simulator.behave(behaviour);

        PaymentResult result = terminal.sale(9_900);

        assertEquals(outcome, result.outcome());
        assertEquals(key, result.message().key());
        assertEquals(Optional.empty(), result.maskedCard());
        assertFalse(result.message().spanish().startsWith("payment."), result.message().spanish());
    }

    @Test
    void aGarbledAnswerIsNakedAndTheResentOneIsUsed() throws IOException {
        connect("");
        simulator.behave(TerminalBehaviour.GARBLE_ONCE);

        PaymentResult result = terminal.sale(500);

        assertEquals(PaymentOutcome.APPROVED, result.outcome());
        assertEquals(1, simulator.naksReceived());
    }

    @Test
    void aNakStormGivesUpAfterTheConfiguredAttemptsAndTheNextSaleWorks() throws IOException {
        connect("");
        simulator.behave(TerminalBehaviour.NAK_REQUESTS);
        assertEquals(PaymentOutcome.ERROR, terminal.sale(100).outcome());

        simulator.behave(TerminalBehaviour.APPROVE);
        assertEquals(PaymentOutcome.APPROVED, terminal.sale(100).outcome());
    }

    @Test
    void theCashierCanCancelWhileTheTerminalWaitsForTheCard() throws Exception {
        plugIn("");
        ConcertTimings patient = new ConcertTimings(Duration.ofMillis(400), Duration.ofMinutes(2), 3);
        terminal = new ConcertTerminal("terminal", DeviceUri.parse("serial:" + pty.a()), 1, patient, CLOCK);
        terminal.start(Duration.ofSeconds(2));
        simulator.behave(TerminalBehaviour.NO_RESULT);

        CompletableFuture<PaymentResult> sale = CompletableFuture.supplyAsync(() -> terminal.sale(2_000));
        awaitRequests(1);
        terminal.cancel();
        PaymentResult result = sale.get(10, TimeUnit.SECONDS);

        assertEquals(PaymentOutcome.CANCELLED, result.outcome());
        assertTrue(result.message().spanish().contains("tecla roja"), result.message().spanish());
    }

    @Test
    void cancellingWhileTheTerminalDoesNotAnswerEndsAtOnceAsCancelled() throws Exception {
        plugIn("");
        ConcertTimings slow = new ConcertTimings(Duration.ofMinutes(1), Duration.ofMinutes(2), 3);
        terminal = new ConcertTerminal("terminal", DeviceUri.parse("serial:" + pty.a()), 1, slow, CLOCK);
        terminal.start(Duration.ofSeconds(2));
        simulator.behave(TerminalBehaviour.IGNORE_ENQ);

        CompletableFuture<PaymentResult> sale = CompletableFuture.supplyAsync(() -> terminal.sale(2_000));
        terminal.cancel(); // may land before the sale starts: a cancel only stops a sale in progress
        while (!sale.isDone()) {
            terminal.cancel();
            Thread.sleep(20);
        }

        assertEquals(PaymentOutcome.CANCELLED, sale.get(10, TimeUnit.SECONDS).outcome());
        assertEquals(List.of(), simulator.requests());
    }

    @Test
    void aDisconnectMidTransactionIsAnErrorAndTheTerminalReconnectsForTheNextSale() throws IOException {
        connect("");
        PtyPair cable = pty;
        simulator.onCablePull(cable::close);
        simulator.behave(TerminalBehaviour.DISCONNECT_AFTER_REQUEST);

        PaymentResult cut = terminal.sale(7_700);

        assertEquals(PaymentOutcome.ERROR, cut.outcome());
        assertEquals("payment.lostMidTransaction", cut.message().key());
        events.next(Disconnected.class);
        assertEquals("payment.unreachable", terminal.sale(7_700).message().key()); // still unplugged

        plugIn("");
        PaymentResult again = terminal.sale(7_700);

        events.next(Reconnected.class);
        assertEquals(PaymentOutcome.APPROVED, again.outcome());
    }

    @Test
    void amountsOutOfRangeAndADisabledTerminalAreRefusedBeforeAnyByteIsSent() throws IOException {
        connect("");

        assertEquals("payment.invalidAmount", assertThrows(DeviceException.class, () -> terminal.sale(0)).userMessage().key());
        assertEquals("payment.invalidAmount",
                assertThrows(DeviceException.class, () -> terminal.sale(100_000_000L)).userMessage().key());
        terminal.disable();
        assertEquals("device.notClaimed", assertThrows(DeviceException.class, () -> terminal.sale(100)).userMessage().key());
        assertEquals(List.of(), simulator.requests());
    }

    private void awaitRequests(int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (simulator.requests().size() < count) {
            if (System.nanoTime() > deadline) {
                fail("the simulator never received the request");
            }
            Thread.sleep(10);
        }
    }
}
