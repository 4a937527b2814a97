package mx.michangarrito.hardware.device;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DeviceUriParsingTest {

    private static final SerialSettings DEFAULT = SerialSettings.DEFAULT;

    static Stream<Arguments> addresses() {
        return Stream.of(
                Arguments.of("tcp://192.168.1.50", new TcpUri("192.168.1.50", 9100)),
                Arguments.of("tcp://192.168.1.50:9101", new TcpUri("192.168.1.50", 9101)),
                Arguments.of("TCP://Impresora.LOCAL:9100/", new TcpUri("impresora.local", 9100)),
                Arguments.of("tcp://localhost:1", new TcpUri("localhost", 1)),
                Arguments.of("tcp://printer:65535", new TcpUri("printer", 65535)),
                Arguments.of("tcp://[fe80::1]", new TcpUri("fe80::1", 9100)),
                Arguments.of("tcp://[2001:DB8::10]:515", new TcpUri("2001:db8::10", 515)),
                Arguments.of("tcp://printer?", new TcpUri("printer")),
                Arguments.of("  tcp://printer \n", new TcpUri("printer")),
                Arguments.of("serial:COM3", new SerialUri("COM3", DEFAULT)),
                Arguments.of("serial:COM3?", new SerialUri("COM3", DEFAULT)),
                Arguments.of("serial:/dev/ttyUSB0?baud=9600&bits=8&parity=N&stop=1", new SerialUri("/dev/ttyUSB0")),
                Arguments.of("serial:/dev/ttyS0?baud=4800&bits=8&parity=O&stop=1",
                        new SerialUri("/dev/ttyS0", new SerialSettings(4800, 8, Parity.ODD, StopBits.ONE, FlowControl.NONE))),
                Arguments.of("serial:/dev/ttyACM0?parity=e&bits=7",
                        new SerialUri("/dev/ttyACM0", new SerialSettings(9600, 7, Parity.EVEN, StopBits.ONE, FlowControl.NONE))),
                Arguments.of("serial:COM4?stop=1.5&bits=5&parity=mark",
                        new SerialUri("COM4", new SerialSettings(9600, 5, Parity.MARK, StopBits.ONE_AND_A_HALF, FlowControl.NONE))),
                Arguments.of("Serial:COM4?STOP=2&Flow=RTSCTS&parity=S&baud=115200",
                        new SerialUri("COM4", new SerialSettings(115200, 8, Parity.SPACE, StopBits.TWO, FlowControl.RTS_CTS))),
                Arguments.of("serial:COM5?flow=xonxoff",
                        new SerialUri("COM5", new SerialSettings(9600, 8, Parity.NONE, StopBits.ONE, FlowControl.XON_XOFF))),
                Arguments.of("serial:/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0-port0",
                        new SerialUri("/dev/serial/by-path/pci-0000:00:14.0-usb-0:2:1.0-port0")),
                Arguments.of("file:/dev/usb/lp0", new FileUri("/dev/usb/lp0")),
                Arguments.of("file:///dev/usb/lp0", new FileUri("/dev/usb/lp0")),
                Arguments.of("file:///C:/impresora/recibos", new FileUri("C:/impresora/recibos")),
                Arguments.of("file:\\\\.\\LPT1", new FileUri("\\\\.\\LPT1")),
                Arguments.of("spooler:EPSON TM-T20III Recibos", new SpoolerUri("EPSON TM-T20III Recibos")),
                Arguments.of("spooler:Impresora Caña Mostrador", new SpoolerUri("Impresora Caña Mostrador")),
                Arguments.of("spooler:Impresora%20Ca%C3%B1a", new SpoolerUri("Impresora Caña")),
                Arguments.of("spooler:Caja 100%25", new SpoolerUri("Caja 100%")),
                Arguments.of("sim:", SimUri.DEFAULT),
                Arguments.of("sim:caja-2", new SimUri("caja-2")),
                Arguments.of("SIM:báscula_1.0", new SimUri("báscula_1.0")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addresses")
    void parseReadsEachFormIntoItsRecord(String text, DeviceUri expected) {
        assertEquals(expected, DeviceUri.parse(text));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tcp://192.168.1.50           | tcp://192.168.1.50:9100
            tcp://[FE80::1]              | tcp://[fe80::1]:9100
            serial:COM3                  | serial:COM3?baud=9600&bits=8&parity=N&stop=1&flow=none
            serial:COM3?parity=e&bits=7  | serial:COM3?baud=9600&bits=7&parity=E&stop=1&flow=none
            file:///dev/usb/lp0          | file:/dev/usb/lp0
            spooler:Impresora%20Ca%C3%B1a | spooler:Impresora Caña
            sim:                         | sim:
            """)
    void toStringGivesTheCanonicalAddress(String text, String canonical) {
        assertEquals(canonical, DeviceUri.parse(text).toString());
    }

    @ParameterizedTest(name = "{0} two-way: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            tcp://192.168.1.50  | true
            serial:COM3         | true
            file:/dev/usb/lp0   | true
            spooler:EPSON TM-T20 | false
            sim:                | true
            """)
    void onlyTheSpoolerIsWriteOnly(String text, boolean twoWay) {
        assertEquals(twoWay, DeviceUri.parse(text).twoWay());
    }
}
