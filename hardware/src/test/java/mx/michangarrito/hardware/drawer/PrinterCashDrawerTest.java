package mx.michangarrito.hardware.drawer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.DrawerPolarity;
import mx.michangarrito.hardware.device.DrawerState;
import mx.michangarrito.hardware.printer.EscPosPrinter;
import mx.michangarrito.hardware.printer.PrinterSettings;
import mx.michangarrito.hardware.receipt.DrawerPin;
import mx.michangarrito.hardware.receipt.DrawerPulse;
import mx.michangarrito.hardware.receipt.ReceiptProfile;
import mx.michangarrito.hardware.sim.DrawerKick;
import mx.michangarrito.hardware.sim.VirtualPrinter;
import mx.michangarrito.hardware.testing.Hex;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PrinterCashDrawerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    private VirtualPrinter simulator = new VirtualPrinter();
    private EscPosPrinter printer;

    @AfterEach
    void stop() {
        if (printer != null) {
            printer.close();
        }
        simulator.close();
    }

    private CashDrawer drawer(DrawerPulse pulse, DrawerPolarity polarity) throws IOException {
        PrinterSettings settings = new PrinterSettings(ReceiptProfile.forPaper(80).withDrawerPulse(pulse), polarity,
                Duration.ofMillis(500));
        printer = new EscPosPrinter("impresora", DeviceUri.parse("tcp://127.0.0.1:" + simulator.listen()), settings, CLOCK);
        printer.start(TIMEOUT);
        return new PrinterCashDrawer(printer);
    }

    @Test
    void anOnlinePrinterKicksTheDrawerWithEscP() throws Exception {
        CashDrawer drawer = drawer(DrawerPulse.DEFAULT, DrawerPolarity.OPEN_WHEN_HIGH);

        assertEquals(DrawerOutcome.PULSED, drawer.kick());

        assertTrue(simulator.awaitDrawerKicks(1, TIMEOUT));
        assertEquals(List.of(new DrawerKick(DrawerPin.PIN_2, 50, 500, false)), simulator.drawerKicks());
    }

    @Test
    void withThePaperOutTheDrawerStillOpensThroughTheRealTimePulse() throws Exception {
        CashDrawer drawer = drawer(new DrawerPulse(DrawerPin.PIN_5, 100, 200), DrawerPolarity.OPEN_WHEN_HIGH);
        simulator.paperOut(true);

        assertEquals(DrawerOutcome.PULSED_REAL_TIME, drawer.kick());

        assertTrue(simulator.awaitDrawerKicks(1, TIMEOUT));
        assertEquals(List.of(new DrawerKick(DrawerPin.PIN_5, 100, 0, true)), simulator.drawerKicks());
        assertEquals(0, simulator.heldCommands());
    }

    @ParameterizedTest
    @EnumSource(DrawerPolarity.class)
    void theStateFollowsTheSensorUnderEitherPolarity(DrawerPolarity polarity) throws Exception {
        simulator = new VirtualPrinter(polarity);
        CashDrawer drawer = drawer(DrawerPulse.DEFAULT, polarity);
        assertEquals(DrawerState.CLOSED, drawer.state());

        drawer.kick();
        simulator.awaitDrawerKicks(1, TIMEOUT);
        assertEquals(DrawerState.OPEN, drawer.state());

        simulator.drawerOpen(false);
        assertEquals(DrawerState.CLOSED, drawer.state());
    }

    @Test
    void aDrawerWiredTheOtherWayReadsInvertedUntilThePolarityIsSet() throws Exception {
        simulator = new VirtualPrinter(DrawerPolarity.OPEN_WHEN_LOW);
        CashDrawer drawer = drawer(DrawerPulse.DEFAULT, DrawerPolarity.OPEN_WHEN_HIGH);

        assertEquals(DrawerState.OPEN, drawer.state());
    }

    @Test
    void aPrinterNotStartedYetIsStartedForTheKick() throws Exception {
        printer = new EscPosPrinter("impresora", DeviceUri.parse("tcp://127.0.0.1:" + simulator.listen()),
                PrinterSettings.forPaper(58), CLOCK);

        assertEquals(DrawerOutcome.PULSED, new PrinterCashDrawer(printer).kick());

        assertTrue(simulator.awaitDrawerKicks(1, TIMEOUT));
    }

    @Test
    void anUnreachablePrinterGivesFailedAndUnknownWithoutThrowing() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        printer = new EscPosPrinter("impresora", DeviceUri.parse("tcp://127.0.0.1:" + port),
                PrinterSettings.forPaper(58), CLOCK);
        CashDrawer drawer = new PrinterCashDrawer(printer);

        assertEquals(DrawerOutcome.FAILED, drawer.kick());
        assertEquals(DrawerState.UNKNOWN, drawer.state());
    }

    @ParameterizedTest(name = "{0} {1} ms → {2}")
    @CsvSource({"PIN_2, 50, 10 14 01 00 01", "PIN_5, 300, 10 14 01 01 03", "PIN_2, 510, 10 14 01 00 05", "PIN_2, 20, 10 14 01 00 01"})
    void theRealTimePulseCountsIn100MillisecondUnits(DrawerPin pin, int onMillis, String expected) {
        assertEquals(expected, Hex.of(PrinterCashDrawer.realTimePulse(new DrawerPulse(pin, onMillis, 510))));
    }
}
