package mx.michangarrito.hardware.printer;

import static mx.michangarrito.hardware.device.PrintJobState.ACCEPTED;
import static mx.michangarrito.hardware.device.PrintJobState.WAITING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.hardware.testing.ManualScheduler;
import mx.michangarrito.hardware.testing.PtyPair;
import mx.michangarrito.hardware.transport.Links;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A serial printer's cable pulled and plugged back (socat stopped and restarted on the same paths). */
class SerialUnplugTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    @Test
    void aTicketQueuedWhileTheSerialPrinterIsUnpluggedPrintsOnceAfterItIsPluggedBack() throws Exception {
        VirtualPrinter simulator = new VirtualPrinter();
        ManualScheduler scheduler = new ManualScheduler();
        EscPosPrinter printer;
        try (PtyPair cable = PtyPair.start(dir)) {
            simulator.serve(Links.open(DeviceUri.parse("serial:" + cable.b()), TIMEOUT));
            printer = new EscPosPrinter("impresora", DeviceUri.parse("serial:" + cable.a()), EscPosPrinterTest.SETTINGS,
                    EscPosPrinterTest.CLOCK);
            printer.start(TIMEOUT);
            printer.readStatus();
        } // the cable is pulled
        PrintQueue queue = new PrintQueue(printer, scheduler, Duration.ofSeconds(5), EscPosPrinterTest.CLOCK);

        long id = queue.submit("Venta A-7", ReceiptDocument.builder().text("Venta A-7").cut().build()).id();
        scheduler.runImmediate();
        assertEquals(WAITING, queue.job(id).orElseThrow().state());
        // a pulled serial cable shows as silence (no answer) or, on USB adapters, as a failed write
        assertTrue(List.of("printer.noAnswer", "printer.sendFailed").contains(queue.job(id).orElseThrow().detail().key()));

        try (PtyPair cable = PtyPair.start(dir)) { // plugged back: the same port path appears again
            simulator.serve(Links.open(DeviceUri.parse("serial:" + cable.b()), TIMEOUT));
            scheduler.elapseRetryDelay();

            assertEquals(ACCEPTED, queue.job(id).orElseThrow().state());
            assertTrue(simulator.awaitReceipts(1, TIMEOUT));
            assertEquals(1, simulator.receipts().size());
            assertEquals(List.of("Venta A-7"), simulator.receipts().getFirst().lines());
            assertEquals(DeviceHealth.OK, printer.checkHealth().health());
            printer.close();
        } finally {
            simulator.close();
        }
    }
}
