package mx.michangarrito.hardware.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.DrawerState;
import mx.michangarrito.hardware.device.PrintJobState;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.display.CustomerDisplay;
import mx.michangarrito.hardware.display.DisplayCommandSet;
import mx.michangarrito.hardware.drawer.CashDrawer;
import mx.michangarrito.hardware.drawer.DrawerOutcome;
import mx.michangarrito.hardware.printer.PrintQueue;
import mx.michangarrito.hardware.printer.PrinterSettings;
import mx.michangarrito.hardware.printer.ReceiptPrinter;
import mx.michangarrito.hardware.receipt.CodeTable;
import mx.michangarrito.hardware.receipt.ReceiptDocument;
import mx.michangarrito.hardware.sim.Simulators;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.hardware.testing.ManualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Demo mode's path: sim: addresses give working devices backed by in-process simulators. */
class OutputDevicesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private final Simulators simulators = new Simulators();
    private final OutputDevices devices = new OutputDevices(simulators, CLOCK);

    @AfterEach
    void stop() {
        simulators.close();
    }

    @Test
    void aSimPrinterPrintsThroughTheQueueOntoTheVirtualPrinterDemoModeReads() throws Exception {
        ReceiptPrinter printer = devices.printer("impresora", DeviceUri.parse("sim:"), PrinterSettings.forPaper(58));
        ManualScheduler scheduler = new ManualScheduler();
        PrintQueue queue = new PrintQueue(printer, scheduler, Duration.ofSeconds(5), CLOCK);

        long id = queue.submit("Venta A-1", ReceiptDocument.builder().text("Gracias por su compra").cut().build()).id();
        scheduler.runImmediate();

        assertEquals(PrintJobState.ACCEPTED, queue.job(id).orElseThrow().state());
        assertEquals(List.of("Gracias por su compra"), simulators.printer(SimUri.DEFAULT).receipts().getFirst().lines());
        printer.close();
    }

    @Test
    void aSimDrawerOpensAndReadsItsState() throws Exception {
        ReceiptPrinter printer = devices.printer("impresora", DeviceUri.parse("sim:"), PrinterSettings.forPaper(80));
        printer.start(TIMEOUT);
        CashDrawer drawer = devices.drawer(printer);

        assertEquals(DrawerOutcome.PULSED, drawer.kick());

        assertTrue(simulators.printer(SimUri.DEFAULT).awaitDrawerKicks(1, TIMEOUT));
        assertEquals(DrawerState.OPEN, drawer.state());
        printer.close();
    }

    @Test
    void eachSimNameIsItsOwnSimulatorAndTheSameNameTheSameOne() throws Exception {
        VirtualPrinter first = simulators.printer(new SimUri("caja-1"));

        assertSame(first, simulators.printer(new SimUri("caja-1")));
        assertNotSame(first, simulators.printer(new SimUri("caja-2")));
    }

    @Test
    void aSimDisplayShowsWhatTheCustomerWouldRead() throws Exception {
        CustomerDisplay display = devices.display("visor", DeviceUri.parse("sim:"), DisplayCommandSet.CD5220,
                CodeTable.CP437, Locale.of("es", "MX"));
        display.start(TIMEOUT);

        display.showTotal("$152.00", null);

        assertTrue(simulators.display(SimUri.DEFAULT).awaitLines("TOTAL        $152.00", "", TIMEOUT));
        display.close();
    }

    @Test
    void aPrintQueueIsNotADisplay() {
        assertThrows(IllegalArgumentException.class, () -> devices.display("visor", DeviceUri.parse("spooler:Caja"),
                DisplayCommandSet.CD5220, CodeTable.CP437, Locale.ROOT));
    }
}
