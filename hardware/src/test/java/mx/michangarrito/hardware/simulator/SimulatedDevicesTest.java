package mx.michangarrito.hardware.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import mx.michangarrito.hardware.device.BarcodeScanned;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.PaymentOutcome;
import mx.michangarrito.hardware.device.SimUri;
import mx.michangarrito.hardware.device.WeightStatus;
import mx.michangarrito.hardware.payment.ConcertTerminal;
import mx.michangarrito.hardware.payment.ConcertTimings;
import mx.michangarrito.hardware.scale.CasPd2;
import mx.michangarrito.hardware.scale.SerialScale;
import mx.michangarrito.hardware.scanner.SerialScanner;
import mx.michangarrito.hardware.testing.EventQueue;
import org.junit.jupiter.api.Test;

/** Demo mode: each sim: input device is the real driver talking to its simulator in memory. */
class SimulatedDevicesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);
    private static final Duration START = Duration.ofSeconds(1);

    @Test
    void aSimulatedScannerScansAndSurvivesAStopAndStart() throws IOException {
        EventQueue events = new EventQueue();
        try (Simulated<SerialScanner, ScannerSimulator> sim = SimulatedDevices.scanner("escáner", new SimUri("caja-1"), CLOCK)) {
            sim.device().subscribe(events);
            sim.device().start(START);
            sim.simulator().scan("7501055300846");
            assertEquals("7501055300846", events.next(BarcodeScanned.class).code());

            sim.device().close();
            sim.device().start(START);
            sim.simulator().scan("4006381333931");
            assertEquals("4006381333931", events.next(BarcodeScanned.class).code());
            assertEquals("sim:caja-1", sim.device().uri().toString());
        }
    }

    @Test
    void aSimulatedScaleAnswersTheWeightSetOnIt() {
        try (Simulated<SerialScale, ScaleSimulator> sim = SimulatedDevices.scale("báscula", SimUri.DEFAULT, new CasPd2(), CLOCK)) {
            sim.device().start(START);
            sim.simulator().setWeight(new BigDecimal("0.780"));

            var read = sim.device().readWeight();

            assertEquals(WeightStatus.STABLE, read.status());
            assertEquals(new BigDecimal("0.780"), read.kilograms().orElseThrow());
        }
    }

    @Test
    void unpluggingASimulatedScaleIsADisconnect() throws IOException {
        EventQueue events = new EventQueue();
        try (Simulated<SerialScale, ScaleSimulator> sim = SimulatedDevices.scale("báscula", SimUri.DEFAULT, new CasPd2(), CLOCK)) {
            sim.device().subscribe(events);
            sim.device().start(START);
            sim.simulator().close();

            assertEquals("scale.disconnected", assertThrows(DeviceException.class, sim.device()::readWeight).userMessage().key());
            events.next(Disconnected.class);
        }
    }

    @Test
    void aSimulatedTerminalApprovesThenDeclines() {
        try (Simulated<ConcertTerminal, CardTerminalSimulator> sim = SimulatedDevices.cardTerminal("terminal", SimUri.DEFAULT,
                ConcertTimings.DEFAULT, CLOCK)) {
            sim.device().start(START);

            assertEquals(PaymentOutcome.APPROVED, sim.device().sale(15_050).outcome());
            sim.simulator().behave(TerminalBehaviour.DECLINE);
            assertEquals(PaymentOutcome.DECLINED, sim.device().sale(15_050).outcome());
        }
    }
}
