package mx.michangarrito.hardware.display;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import mx.michangarrito.hardware.device.DeviceEvent;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.receipt.CodeTable;
import mx.michangarrito.hardware.sim.VirtualDisplay;
import mx.michangarrito.hardware.testing.PtyPair;
import mx.michangarrito.hardware.transport.Links;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The display driver over a socat pty pair, read back by the virtual display. */
class PoleDisplayTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);
    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    private PoleDisplay display(PtyPair pty, DisplayCommandSet commands) {
        DeviceUri uri = DeviceUri.parse("serial:" + pty.a() + "?baud=9600");
        return new PoleDisplay("visor", uri, commands, CodeTable.CP437, Locale.of("es", "MX"),
                timeout -> Links.open(uri, timeout), TIMEOUT, CLOCK);
    }

    @ParameterizedTest
    @EnumSource(DisplayCommandSet.class)
    void itemTotalAndWelcomeReachTheCustomerSideInEitherCommandSet(DisplayCommandSet commands) throws Exception {
        try (PtyPair pty = PtyPair.start(dir); VirtualDisplay screen = new VirtualDisplay()) {
            screen.serve(Links.open(DeviceUri.parse("serial:" + pty.b()), TIMEOUT));
            PoleDisplay display = display(pty, commands);
            display.start(TIMEOUT);

            assertTrue(display.showItem("Jabón Zote 400 g", "$32.00"));
            assertTrue(screen.awaitLines("Jabón Zote 400 g", "              $32.00", TIMEOUT), screen.lines().toString());

            assertTrue(display.showTotal("$152.00", "$48.00"));
            assertTrue(screen.awaitLines("TOTAL        $152.00", "CAMBIO        $48.00", TIMEOUT), screen.lines().toString());

            assertTrue(display.showWelcome("Abarrotes Lupita"));
            assertTrue(screen.awaitLines("     BIENVENIDO", "  Abarrotes Lupita", TIMEOUT), screen.lines().toString());
            display.close();
        }
    }

    @Test
    void aDmdDisplayIsDimmed() throws Exception {
        try (PtyPair pty = PtyPair.start(dir); VirtualDisplay screen = new VirtualDisplay()) {
            screen.serve(Links.open(DeviceUri.parse("serial:" + pty.b()), TIMEOUT));
            PoleDisplay display = display(pty, DisplayCommandSet.EPSON_DM_D);
            display.start(TIMEOUT);

            assertTrue(display.brightness(1));
            assertTrue(display.showItem("Pan", "$5.00")); // brightness is applied before this arrives

            assertTrue(screen.awaitLines("Pan", "               $5.00", TIMEOUT), screen.lines().toString());
            assertEquals(1, screen.brightness());
            display.close();
        }
    }

    @Test
    void capitalAccentsTheDisplayLacksShowAsPlainLetters() throws Exception {
        try (PtyPair pty = PtyPair.start(dir); VirtualDisplay screen = new VirtualDisplay()) {
            screen.serve(Links.open(DeviceUri.parse("serial:" + pty.b()), TIMEOUT));
            PoleDisplay display = display(pty, DisplayCommandSet.EPSON_DM_D);
            display.start(TIMEOUT);

            display.showItem("AZÚCAR ESTÁNDAR 1 kg", "$29.90");

            assertTrue(screen.awaitLines("AZUCAR ESTANDAR 1 kg", "              $29.90", TIMEOUT), screen.lines().toString());
            display.close();
        }
    }

    @Test
    void anUnpluggedDisplayAnswersFalseAndReportsItWithoutThrowing() throws Exception {
        List<DeviceEvent> events = new ArrayList<>();
        PoleDisplay display;
        try (PtyPair pty = PtyPair.start(dir)) {
            display = display(pty, DisplayCommandSet.CD5220);
            display.subscribe(events::add);
            display.start(TIMEOUT);
        } // socat stops: the port is gone

        boolean first = display.showItem("Leche", "$26.00");
        boolean second = display.showItem("Pan", "$5.00");

        assertFalse(first, "a write to a vanished port fails");
        assertFalse(second, "and so does the reconnection");
        assertEquals(1, events.stream().filter(Disconnected.class::isInstance).count());
        assertEquals(DeviceHealth.FAILED, display.checkHealth().health());
        display.close();
    }

    @Test
    void writingBeforeStartingIsIgnored() throws Exception {
        try (PtyPair pty = PtyPair.start(dir)) {
            assertFalse(display(pty, DisplayCommandSet.CD5220).showItem("Leche", "$26.00"));
        }
    }
}
