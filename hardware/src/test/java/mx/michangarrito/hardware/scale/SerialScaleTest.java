package mx.michangarrito.hardware.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.Reconnected;
import mx.michangarrito.hardware.device.SerialUri;
import mx.michangarrito.hardware.device.WeightRead;
import mx.michangarrito.hardware.device.WeightStatus;
import mx.michangarrito.hardware.simulator.ScaleSimulator;
import mx.michangarrito.hardware.testing.EventQueue;
import mx.michangarrito.hardware.testing.PtyPair;
import mx.michangarrito.hardware.transport.Links;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each protocol against the scale simulator over a socat pty pair, with its port settings. */
class SerialScaleTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(100);
    private static final Duration ANSWER = Duration.ofSeconds(1); // generous: CI machines are shared
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T18:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private PtyPair pty;
    private ScaleSimulator simulator;
    private SerialScale scale;
    private final EventQueue events = new EventQueue();

    @AfterEach
    void unplug() throws IOException {
        if (scale != null) {
            scale.close();
        }
        if (simulator != null) {
            simulator.close();
            assertFalse(simulator.running(), "the simulator's thread must end");
        }
        if (pty != null) {
            pty.close();
        }
    }

    private void connect(ScaleProtocol protocol) throws IOException {
        plugIn(protocol);
        scale = new SerialScale("báscula", new SerialUri(pty.a().toString(), protocol.serialSettings()), protocol,
                CLOCK, ANSWER);
        scale.subscribe(events);
        scale.start(TIMEOUT);
    }

    private void plugIn(ScaleProtocol protocol) throws IOException {
        pty = PtyPair.start(dir);
        simulator = ScaleSimulator.start(Links.open(new SerialUri(pty.b().toString(), protocol.serialSettings()), POLL),
                protocol);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"toledo", "cas-pd2", "cas-esp"})
    void aStableWeightIsReadAsKilogramsWithThreeDecimals(String id) throws IOException {
        connect(ScaleProtocol.byId(id).orElseThrow());
        simulator.setWeight(new BigDecimal("0.455"));

        WeightRead read = scale.readWeight();

        assertEquals(new WeightRead("báscula", CLOCK.instant(), WeightStatus.STABLE, Optional.of(new BigDecimal("0.455"))), read);
        assertTrue(read.sellable());
        assertEquals(read, events.next(WeightRead.class));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"toledo", "cas-pd2", "cas-esp"})
    void aSilentScaleTimesOutWithAClearMessageAndWorksAgainAfterwards(String id) throws IOException {
        connect(ScaleProtocol.byId(id).orElseThrow());
        simulator.setSilent(true);

        DeviceException silent = assertThrows(DeviceException.class, scale::readWeight);

        assertEquals("scale.noAnswer", silent.userMessage().key());
        assertEquals(DeviceHealth.FAILED, scale.checkHealth().health());
        simulator.setSilent(false);
        simulator.setWeight(new BigDecimal("2"));
        assertEquals(new BigDecimal("2.000"), scale.readWeight().kilograms().orElseThrow());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"toledo", "cas-pd2", "cas-esp"})
    void aGarbledReplyIsAnErrorNotAWeight(String id) throws IOException {
        connect(ScaleProtocol.byId(id).orElseThrow());
        simulator.garbleNextReply();

        DeviceException garbled = assertThrows(DeviceException.class, scale::readWeight);

        assertEquals("scale.garbled", garbled.userMessage().key());
        assertTrue(garbled.getMessage().contains(id), garbled.getMessage());
        assertEquals(WeightStatus.STABLE, scale.readWeight().status());
    }

    @Test
    void toledoReportsMotionOverloadAndNegative() throws IOException {
        connect(new Toledo8217());
        simulator.setWeight(new BigDecimal("1.5"));

        simulator.setMotion(true);
        WeightRead moving = scale.readWeight();
        simulator.setMotion(false);
        simulator.setOverload(true);
        WeightRead over = scale.readWeight();
        simulator.setOverload(false);
        scale.tare();
        assertEquals(new BigDecimal("0.000"), scale.readWeight().kilograms().orElseThrow());
        simulator.setWeight(new BigDecimal("1.2"));
        WeightRead negative = scale.readWeight();

        assertEquals(WeightStatus.MOTION, moving.status());
        assertFalse(moving.sellable());
        assertEquals(WeightStatus.OVERLOAD, over.status());
        assertEquals(WeightStatus.NEGATIVE, negative.status());
    }

    @Test
    void toledoTaresZeroesAndClearsTheTare() throws IOException {
        connect(new Toledo8217());
        simulator.setWeight(new BigDecimal("0.350"));
        scale.tare();
        // the scale does not answer a tare; the next weight request comes after it on the line
        assertEquals(new BigDecimal("0.000"), scale.readWeight().kilograms().orElseThrow());
        simulator.setWeight(new BigDecimal("1.350"));

        assertEquals(new BigDecimal("1.000"), scale.readWeight().kilograms().orElseThrow());
        scale.clearTare();
        assertEquals(new BigDecimal("1.350"), scale.readWeight().kilograms().orElseThrow());
        scale.zero();
        assertEquals(new BigDecimal("0.000"), scale.readWeight().kilograms().orElseThrow());
    }

    @Test
    void casHasNoTareCommandAndSaysSo() throws IOException {
        connect(new CasPd2());

        DeviceException refused = assertThrows(DeviceException.class, scale::tare);

        assertEquals("scale.tareNotSupported", refused.userMessage().key());
        assertTrue(refused.getMessage().contains("TARA"), refused.getMessage());
    }

    @Test
    void unplugMidReadIsDisconnectedAndTheNextReadAfterReplugReconnects() throws IOException {
        Toledo8217 toledo = new Toledo8217();
        connect(toledo);
        PtyPair cable = pty;
        simulator.unplugOnNextRequest(cable::close); // the request goes out, then the port disappears

        DeviceException lost = assertThrows(DeviceException.class, scale::readWeight);
        assertEquals("scale.disconnected", lost.userMessage().key());
        events.next(Disconnected.class);
        assertThrows(DeviceException.class, scale::readWeight); // still unplugged: refused at once

        plugIn(toledo);
        simulator.setWeight(new BigDecimal("0.250"));
        WeightRead back = scale.readWeight();

        events.next(Reconnected.class);
        assertEquals(new BigDecimal("0.250"), back.kilograms().orElseThrow());
        assertEquals(1, events.seen().stream().filter(Disconnected.class::isInstance).count());
    }

    @Test
    void readingADisabledScaleIsRefused() throws IOException {
        connect(new CasEsp());
        scale.disable();

        assertEquals("device.notClaimed", assertThrows(DeviceException.class, scale::readWeight).userMessage().key());
    }

    @Test
    void healthAsksTheScale() throws IOException {
        connect(new CasEsp());
        assertEquals(DeviceHealth.OK, scale.checkHealth().health());
        simulator.setSilent(true);
        assertEquals(DeviceHealth.FAILED, scale.checkHealth().health());
        assertEquals(DeviceUri.parse("serial:" + pty.a() + "?baud=4800&bits=8&parity=O"), scale.uri());
    }
}
