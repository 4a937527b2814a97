package mx.michangarrito.hardware.printer;

import static mx.michangarrito.hardware.device.PrintJobState.ACCEPTED;
import static mx.michangarrito.hardware.device.PrintJobState.WAITING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.DrawerState;
import mx.michangarrito.hardware.drawer.DrawerOutcome;
import mx.michangarrito.hardware.drawer.PrinterCashDrawer;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.hardware.testing.FakeSpoolerQueue;
import mx.michangarrito.hardware.testing.ManualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The OS spooler path through javax.print, with a registered queue that feeds the virtual printer. */
class SpoolerPrinterTest {

    private final VirtualPrinter simulator = new VirtualPrinter();
    private final String queueName = "Recibos Caña " + UUID.randomUUID();
    private final FakeSpoolerQueue spooler = FakeSpoolerQueue.register(queueName, simulator);
    private final EscPosPrinter printer = new EscPosPrinter("impresora", DeviceUri.parse("spooler:" + queueName),
            PrinterSettings.forPaper(80), EscPosPrinterTest.CLOCK);

    @AfterEach
    void stop() {
        printer.close();
        simulator.close();
    }

    @Test
    void aTicketGoesThroughTheSpoolerAsRawBytes() {
        printer.start(Duration.ofSeconds(2));

        printer.print(ReceiptDocument.builder().text("Señora Muñoz").cut().build());

        assertEquals(1, spooler.jobs().size());
        assertEquals(List.of("Señora Muñoz"), simulator.receipts().getFirst().lines());
    }

    @Test
    void theSpoolersStatusIsUnknownAndSaysWhy() {
        printer.start(Duration.ofSeconds(2));

        assertEquals(Optional.empty(), printer.readStatus());
        assertEquals(DeviceHealth.UNKNOWN, printer.checkHealth().health());
        assertEquals("printer.statusUnknown", printer.checkHealth().detail().key());
        assertEquals(DrawerState.UNKNOWN, printer.drawerState());
    }

    @Test
    void theQueueCountsAJobTheSpoolerTookAsAcceptedAndRetriesOneItRefused() {
        ManualScheduler scheduler = new ManualScheduler();
        PrintQueue queue = new PrintQueue(printer, scheduler, Duration.ofSeconds(5), EscPosPrinterTest.CLOCK);
        spooler.refusing(true);

        long id = queue.submit("Venta A-1", ReceiptDocument.builder().text("Venta A-1").cut().build()).id();
        scheduler.runImmediate();
        assertEquals(WAITING, queue.job(id).orElseThrow().state());

        spooler.refusing(false);
        scheduler.elapseRetryDelay();

        assertEquals(ACCEPTED, queue.job(id).orElseThrow().state());
        assertEquals(1, simulator.receipts().size());
    }

    @Test
    void theDrawerIsKickedThroughTheSpoolerWithEscP() {
        printer.start(Duration.ofSeconds(2));

        assertEquals(DrawerOutcome.PULSED, new PrinterCashDrawer(printer).kick());

        assertEquals(1, simulator.drawerKicks().size());
        assertTrue(!simulator.drawerKicks().getFirst().realTime());
    }
}
