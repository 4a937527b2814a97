package mx.michangarrito.hardware.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DeviceUriRoundTripTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "tcp://192.168.1.50", "tcp://0.0.0.0:1", "TCP://Printer.Local:65535/", "tcp://[::1]",
            "tcp://[2001:db8::ff00:42:8329]:9100", "tcp://[::ffff:192.168.1.50]",
            "serial:COM3", "serial:/dev/ttyUSB0?baud=19200&bits=7&parity=E&stop=2&flow=rtscts",
            "serial:/dev/rfcomm0?stop=1.5&bits=5", "serial:/dev/serial/by-id/usb-Prolific_PL2303-if00-port0",
            "serial:COM%3F3", "file:/dev/usb/lp0", "file:///dev/usb/lp1", "file:C:\\lpt", "file:\\\\.\\LPT1",
            "file:/tmp/con espacio/lp0", "spooler:EPSON TM-T20III Recibos", "spooler:Impresora Ñandú (cocina)",
            "spooler:100%25 algodón", "spooler:%20espacio al inicio", "spooler:¿Qué? #1 & más=sí",
            "sim:", "sim:caja-2", "sim:báscula"})
    void parsingTheCanonicalFormGivesAnEqualValue(String text) {
        DeviceUri parsed = DeviceUri.parse(text);
        String canonical = parsed.toString();
        assertEquals(parsed, DeviceUri.parse(canonical));
        assertEquals(canonical, DeviceUri.parse(canonical).toString());
    }

    static Stream<DeviceUri> builtInCode() {
        return Stream.of(
                new TcpUri("::1", 1),
                new TcpUri("IMPRESORA", 9100),
                new SerialUri("COM?3"),
                new SerialUri("/dev/weird%port name ", new SerialSettings(300, 6, Parity.MARK, StopBits.TWO, FlowControl.XON_XOFF)),
                new FileUri("/tmp/x y/lp0 "),
                new FileUri("/C:/not-a-drive-on-unix"),
                new FileUri("\\\\servidor\\recibos"),
                new SpoolerUri(" Caja 1 "),
                new SpoolerUri("100% Ñandú?#&="),
                new SpoolerUri("tab\there\nand line"),
                new SpoolerUri("emoji 🧾 ticket"),
                new SimUri("x.y_z-1"),
                SimUri.DEFAULT);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("builtInCode")
    void valuesBuiltInCodeSurviveToStringAndParse(DeviceUri value) {
        assertEquals(value, DeviceUri.parse(value.toString()));
    }
}
