package mx.michangarrito.hardware.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mx.michangarrito.hardware.device.DeviceEvent;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.PaperLevel;
import mx.michangarrito.hardware.device.PrinterStatusChanged;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.hardware.testing.ManualScheduler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PrinterWatchTest {

    private final VirtualPrinter simulator = new VirtualPrinter();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final List<DeviceEvent> events = new ArrayList<>();
    private EscPosPrinter printer;

    @AfterEach
    void stop() {
        printer.close();
        simulator.close();
    }

    private PrinterWatch watch() throws IOException {
        printer = new EscPosPrinter("impresora", DeviceUri.parse("tcp://127.0.0.1:" + simulator.listen()),
                EscPosPrinterTest.SETTINGS, EscPosPrinterTest.CLOCK);
        printer.subscribe(events::add);
        return new PrinterWatch(printer, scheduler, Duration.ofSeconds(10));
    }

    private List<PaperLevel> paperChanges() {
        return events.stream().filter(PrinterStatusChanged.class::isInstance)
                .map(event -> ((PrinterStatusChanged) event).status().paper()).toList();
    }

    @Test
    void paperRunningOutWhileIdleIsReportedAtTheNextCheck() throws IOException {
        PrinterWatch watch = watch();
        printer.start(Duration.ofSeconds(2));
        watch.start();

        scheduler.elapseRetryDelay();
        simulator.paperOut(true);
        scheduler.elapseRetryDelay();
        scheduler.elapseRetryDelay();

        assertEquals(List.of(PaperLevel.OK, PaperLevel.OUT), paperChanges());
        assertEquals(1, scheduler.delayed(), "the next check is booked");
    }

    @Test
    void aPrinterNotStartedIsNotTouchedAndAClosedWatchStops() throws IOException {
        PrinterWatch watch = watch();
        watch.start();
        watch.start();

        scheduler.elapseRetryDelay();
        assertEquals(0, simulator.statusQueries());
        assertEquals(1, scheduler.delayed());

        watch.close();
        scheduler.elapseRetryDelay();
        assertEquals(0, scheduler.delayed());
        assertTrue(paperChanges().isEmpty());
    }
}
