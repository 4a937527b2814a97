package mx.michangarrito.pos.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.scale.CasEsp;
import mx.michangarrito.hardware.scale.Toledo8217;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The input-device commands against sim: devices (the real drivers talking to simulators in memory). */
class InputDeviceCliTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private PrintStream stream(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void scanListenPrintsEachScannedCodeOnItsOwnLine() {
        var typed = new ByteArrayInputStream("7501055300846\n4006381333931\n".getBytes(StandardCharsets.UTF_8));

        int exit = InputDeviceCli.scanListen(List.of("sim:", "--count", "2"), typed, stream(out), stream(err));

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertEquals("7501055300846" + System.lineSeparator() + "4006381333931" + System.lineSeparator(), out());
    }

    @Test
    void scanListenCanPrintTheSymbologyInferredOrSaidByTheAimIdentifier() {
        var typed = new ByteArrayInputStream("7501055300846\nABC-123\n".getBytes(StandardCharsets.UTF_8));

        int exit = InputDeviceCli.scanListen(List.of("sim:", "--symbology", "--count", "2"), typed, stream(out), stream(err));

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertEquals("7501055300846 symbology=EAN_13" + System.lineSeparator() + "ABC-123 symbology=UNKNOWN"
                + System.lineSeparator(), out());
    }

    @Test
    void scanListenWithAimTakesTheTypeFromTheIdentifier() {
        var typed = new ByteArrayInputStream("]C07501055300846\n]E0012345678905\n".getBytes(StandardCharsets.UTF_8));

        int exit = InputDeviceCli.scanListen(List.of("sim:", "--aim", "--symbology", "--count", "2"), typed, stream(out),
                stream(err));

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertEquals("7501055300846 symbology=CODE_128" + System.lineSeparator() + "012345678905 symbology=UPC_A"
                + System.lineSeparator(), out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"toledo", "cas-pd2", "cas-esp"})
    void scaleReadPrintsTheWeightAndWhetherItIsStable(String protocol) {
        int exit = InputDeviceCli.scaleRead(List.of("sim:", "--protocol", protocol, "--weight", "1.25"), stream(out), stream(err));

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertEquals("weight_kg=1.250 stable=true status=stable" + System.lineSeparator(), out());
    }

    @Test
    void cardSalePrintsTheResultAndTheAuthorisation() {
        int exit = InputDeviceCli.cardSale(List.of("sim:", "1250"), stream(out), stream(err));

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertEquals("result=approved auth=A1B2C3 card=************1234" + System.lineSeparator(), out());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("aprobado"));
    }

    @Test
    void aMissingScaleProtocolIsAUsageError() {
        assertEquals(2, InputDeviceCli.scaleRead(List.of("sim:"), stream(out), stream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("--protocol"));
    }

    @Test
    void aBadAddressIsRefusedInSpanish() {
        assertEquals(2, InputDeviceCli.cardSale(List.of("usb:terminal", "100"), stream(out), stream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("No se reconoce el tipo de conexión"));
    }

    @Test
    void aMissingSerialPortIsADeviceFailure() {
        assertEquals(1, InputDeviceCli.cardSale(List.of("serial:/nonexistent/ttyACM7", "100"), stream(out), stream(err)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("No se pudo conectar con la terminal (serial:/nonexistent/ttyACM7?"),
                err.toString(StandardCharsets.UTF_8)); // the kind of device in words, not the name the CLI gave it
    }

    @Test
    void aSerialAddressWithoutOptionsTakesTheScaleModelsPortSettings() {
        assertEquals(DeviceUri.parse("serial:/dev/ttyUSB0?baud=9600&bits=7&parity=E"), InputDeviceCli.withProtocolSettings(
                DeviceUri.parse("serial:/dev/ttyUSB0"), "serial:/dev/ttyUSB0", new Toledo8217()));
        assertEquals(DeviceUri.parse("serial:/dev/ttyUSB0?baud=19200"), InputDeviceCli.withProtocolSettings(
                DeviceUri.parse("serial:/dev/ttyUSB0?baud=19200"), "serial:/dev/ttyUSB0?baud=19200", new CasEsp()));
    }
}
