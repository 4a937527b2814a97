package mx.michangarrito.hardware.printer;

import static mx.michangarrito.hardware.device.PrintJobState.ACCEPTED;
import static mx.michangarrito.hardware.device.PrintJobState.CANCELLED;
import static mx.michangarrito.hardware.device.PrintJobState.QUEUED;
import static mx.michangarrito.hardware.device.PrintJobState.SENDING;
import static mx.michangarrito.hardware.device.PrintJobState.WAITING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mx.michangarrito.hardware.device.DeviceEvent;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.PrintJobChanged;
import mx.michangarrito.hardware.device.PrintJobState;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.sim.PrintedReceipt;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.hardware.testing.ManualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Nothing lost, nothing printed twice: the queue against the virtual printer over TCP. */
class PrintQueueTest {

    private static final ReceiptDocument SALE_1 = ticket("Venta A-1");
    private static final ReceiptDocument SALE_2 = ticket("Venta A-2");

    private final VirtualPrinter simulator = new VirtualPrinter();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<PrintJobChanged> events = new ArrayList<>();
    private EscPosPrinter printer;
    private PrintQueue queue;

    private static ReceiptDocument ticket(String folio) {
        return ReceiptDocument.builder().text(folio).columns("Refresco 600 ml", "$18.50").cut().build();
    }

    @BeforeEach
    void start() throws IOException {
        printer = new EscPosPrinter("impresora", DeviceUri.parse("tcp://127.0.0.1:" + simulator.listen()),
                EscPosPrinterTest.SETTINGS, EscPosPrinterTest.CLOCK);
        queue = new PrintQueue(printer, scheduler, Duration.ofSeconds(5), EscPosPrinterTest.CLOCK);
        queue.subscribe(event -> events.add((PrintJobChanged) event));
    }

    @AfterEach
    void stop() {
        printer.close();
        simulator.close();
    }

    private List<String> folios() {
        return simulator.receipts().stream().map(PrintedReceipt::lines).map(List::getFirst).toList();
    }

    private List<PrintJobState> trail(long id) {
        return events.stream().filter(event -> event.jobId() == id).map(PrintJobChanged::state).toList();
    }

    @Test
    void aTicketIsSentOnceAndAcceptedAndThePrinterIsStartedForIt() {
        long id = queue.submit("Venta A-1", SALE_1).id();
        scheduler.runImmediate();

        assertEquals(List.of("Venta A-1"), folios());
        assertEquals(List.of(QUEUED, SENDING, ACCEPTED), trail(id));
        assertEquals(1, queue.job(id).orElseThrow().attempts());
        assertEquals(0, scheduler.delayed());
    }

    @Test
    void whenThePaperIsOutTheJobWaitsAndPrintsOnceAfterTheRollIsChanged() {
        printer.start(Duration.ofSeconds(2));
        simulator.paperOut(true);

        long id = queue.submit("Venta A-1", SALE_1).id();
        scheduler.runImmediate();

        PrintJob waiting = queue.job(id).orElseThrow();
        assertEquals(WAITING, waiting.state());
        assertEquals("printer.paperOut", waiting.detail().key());
        assertTrue(waiting.detail().spanish().contains("no tiene papel"), waiting.detail().spanish());
        assertEquals(0, simulator.heldCommands(), "nothing may be sent while the paper is out");

        scheduler.elapseRetryDelay();
        assertEquals(WAITING, queue.job(id).orElseThrow().state());

        simulator.paperOut(false);
        scheduler.elapseRetryDelay();

        assertEquals(ACCEPTED, queue.job(id).orElseThrow().state());
        assertEquals(List.of("Venta A-1"), folios());
        assertEquals(List.of(QUEUED, WAITING, SENDING, ACCEPTED), trail(id));
    }

    @Test
    void paperRunningOutAfterATicketWasAcceptedSendsNothingAgain() {
        printer.start(Duration.ofSeconds(2));
        long id = queue.submit("Venta A-1", SALE_1).id();
        scheduler.runImmediate();
        simulator.paperOut(true);
        queue.retryNow();
        scheduler.runImmediate();
        simulator.paperOut(false);
        scheduler.elapseRetryDelay();

        assertEquals(ACCEPTED, queue.job(id).orElseThrow().state());
        assertEquals(1, queue.job(id).orElseThrow().attempts());
        assertEquals(List.of("Venta A-1"), folios());
    }

    @Test
    void ticketsWaitBehindTheFirstAndPrintInOrder() {
        printer.start(Duration.ofSeconds(2));
        simulator.coverOpen(true);
        long first = queue.submit("Venta A-1", SALE_1).id();
        long second = queue.submit("Venta A-2", SALE_2).id();
        scheduler.runImmediate();

        assertEquals(WAITING, queue.job(first).orElseThrow().state());
        assertEquals(QUEUED, queue.job(second).orElseThrow().state());
        assertEquals(1, scheduler.delayed(), "one retry, not one per job");

        simulator.coverOpen(false);
        scheduler.elapseRetryDelay();

        assertEquals(List.of("Venta A-1", "Venta A-2"), folios());
    }

    @Test
    void aConnectionDroppedMidJobIsRetriedAndTheTicketPrintsWholeOnce() {
        printer.start(Duration.ofSeconds(2));
        simulator.dropConnectionAfter(20);

        long id = queue.submit("Venta A-1", SALE_1).id();
        scheduler.runImmediate();

        assertEquals(WAITING, queue.job(id).orElseThrow().state());
        assertEquals("printer.sendFailed", queue.job(id).orElseThrow().detail().key());
        assertEquals(List.of(), simulator.receipts());

        scheduler.elapseRetryDelay();

        assertEquals(ACCEPTED, queue.job(id).orElseThrow().state());
        assertEquals(1, simulator.receipts().size());
        assertEquals(List.of("Venta A-1", "Refresco 600 ml" + " ".repeat(11) + "$18.50"), simulator.receipts().getFirst().lines());
        assertEquals(2, queue.job(id).orElseThrow().attempts());
    }

    @Test
    void aPrinterThatStopsAnsweringGetsNothingUntilItAnswersAgain() {
        printer.start(Duration.ofSeconds(2));
        simulator.silent(true);

        long id = queue.submit("Venta A-1", SALE_1).id();
        scheduler.runImmediate();

        assertEquals("printer.noAnswer", queue.job(id).orElseThrow().detail().key());
        assertEquals(List.of(), simulator.receipts());
        assertTrue(simulator.onPrinter().items().isEmpty());

        simulator.silent(false);
        scheduler.elapseRetryDelay();

        assertEquals(List.of("Venta A-1"), folios());
    }

    @Test
    void aPrinterSetUpWithoutStatusIsSentItsTicketsWithoutAskingAndReportsUnknown() throws Exception {
        simulator.silent(true);
        EscPosPrinter mute = new EscPosPrinter("impresora", DeviceUri.parse("tcp://127.0.0.1:" + simulator.listen()),
                EscPosPrinterTest.SETTINGS.withoutStatus(), EscPosPrinterTest.CLOCK);
        PrintQueue muteQueue = new PrintQueue(mute, scheduler, Duration.ofSeconds(5), EscPosPrinterTest.CLOCK);

        long id = muteQueue.submit("Venta A-1", SALE_1).id();
        scheduler.runImmediate();

        assertEquals(ACCEPTED, muteQueue.job(id).orElseThrow().state());
        assertTrue(simulator.awaitReceipts(1, Duration.ofSeconds(2)));
        assertEquals(0, simulator.statusQueries());
        assertEquals(DeviceHealth.UNKNOWN, mute.checkHealth().health());
        assertEquals("printer.statusNotRead", mute.checkHealth().detail().key());
        mute.close();
    }

    @Test
    void aPrinterOffAtStartupGetsItsTicketsWhenItComesUp() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        EscPosPrinter absent = new EscPosPrinter("impresora", DeviceUri.parse("tcp://127.0.0.1:" + port),
                EscPosPrinterTest.SETTINGS, EscPosPrinterTest.CLOCK);
        PrintQueue waitingQueue = new PrintQueue(absent, scheduler, Duration.ofSeconds(5), EscPosPrinterTest.CLOCK);

        long id = waitingQueue.submit("Venta A-1", SALE_1).id();
        scheduler.runImmediate();

        assertEquals(WAITING, waitingQueue.job(id).orElseThrow().state());
        assertEquals("device.claimFailed", waitingQueue.job(id).orElseThrow().detail().key());
        absent.close();
    }

    @Test
    void aWaitingJobCanBeCancelledAndIsNeverPrinted() {
        printer.start(Duration.ofSeconds(2));
        simulator.paperOut(true);
        long id = queue.submit("Venta A-1", SALE_1).id();
        scheduler.runImmediate();

        assertTrue(queue.cancel(id));
        simulator.paperOut(false);
        scheduler.elapseRetryDelay();

        assertEquals(CANCELLED, queue.job(id).orElseThrow().state());
        assertEquals(List.of(), simulator.receipts());
        assertFalse(queue.cancel(id), "cancelled twice");
    }

    @Test
    void anAcceptedJobCannotBeCancelledButCanBeReprintedIdentically() {
        long id = queue.submit("Venta A-1", SALE_1).id();
        scheduler.runImmediate();
        assertFalse(queue.cancel(id));

        PrintJob copy = queue.reprint(id).orElseThrow();
        scheduler.runImmediate();

        assertEquals(id, copy.reprintOf());
        assertEquals(ACCEPTED, queue.job(copy.id()).orElseThrow().state());
        assertEquals(2, simulator.receipts().size());
        assertEquals(simulator.receipts().get(0), simulator.receipts().get(1));
        assertTrue(queue.reprint(999).isEmpty());
    }

    @Test
    void aListenerThatThrowsDoesNotStopPrinting() {
        queue.subscribe(event -> {
            throw new IllegalStateException("broken screen");
        });

        queue.submit("Venta A-1", SALE_1);
        scheduler.runImmediate();

        assertEquals(List.of("Venta A-1"), folios());
    }

    @Test
    void eventsNameThePrinterAsTheirSource() {
        queue.submit("Venta A-1", SALE_1);
        scheduler.runImmediate();

        for (DeviceEvent event : events) {
            assertEquals("impresora", event.source());
        }
    }
}
