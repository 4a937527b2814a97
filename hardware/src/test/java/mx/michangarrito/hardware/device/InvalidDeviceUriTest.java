package mx.michangarrito.hardware.device;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason;
import mx.michangarrito.hardware.text.HardwareMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InvalidDeviceUriTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ''                              | EMPTY
            '   '                           | EMPTY
            ftp://x                         | UNKNOWN_SCHEME
            COM3                            | UNKNOWN_SCHEME
            /dev/usb/lp0                    | UNKNOWN_SCHEME
            C:\\printer                     | UNKNOWN_SCHEME
            tcp://:9100                     | MISSING_HOST
            tcp://                          | MISSING_HOST
            tcp:printer:9100                | MISSING_HOST
            tcp://[]:9100                   | INVALID_HOST
            tcp://printer:0                 | INVALID_PORT
            tcp://printer:65536             | INVALID_PORT
            tcp://printer:                  | INVALID_PORT
            tcp://printer:abc               | INVALID_PORT
            tcp://printer:+91               | INVALID_PORT
            tcp://printer:123456            | INVALID_PORT
            tcp://fe80::1                   | INVALID_HOST
            tcp://[fe80::1                  | INVALID_HOST
            tcp://[fe80::1]9100             | INVALID_HOST
            tcp://[1.2.3.4]                 | INVALID_HOST
            tcp://[fe80::1%25eth0]          | INVALID_HOST
            tcp://[gg::1]                   | INVALID_HOST
            tcp://256.1.1.1                 | INVALID_HOST
            tcp://192.168.01.5              | INVALID_HOST
            tcp://1.2.3                     | INVALID_HOST
            tcp://bad_host                  | INVALID_HOST
            tcp://-printer                  | INVALID_HOST
            tcp://user@printer              | INVALID_HOST
            tcp://impresora-caña            | INVALID_HOST
            tcp://printer/queue             | UNEXPECTED_PATH
            tcp://printer#top               | UNEXPECTED_PATH
            tcp://printer?timeout=5         | UNKNOWN_PARAMETER
            serial:                         | MISSING_SERIAL_PORT
            serial:?baud=9600               | MISSING_SERIAL_PORT
            serial:%20                      | MISSING_SERIAL_PORT
            serial:COM3?baud=abc            | INVALID_BAUD
            serial:COM3?baud=0              | INVALID_BAUD
            serial:COM3?baud=-9600          | INVALID_BAUD
            serial:COM3?baud=               | INVALID_BAUD
            serial:COM3?baud=99999999999    | INVALID_BAUD
            serial:COM3?bits=9              | INVALID_DATA_BITS
            serial:COM3?bits=4              | INVALID_DATA_BITS
            serial:/dev/ttyS0?parity=X      | INVALID_PARITY
            serial:COM3?parity=             | INVALID_PARITY
            serial:COM3?stop=3              | INVALID_STOP_BITS
            serial:COM3?stop=1,5            | INVALID_STOP_BITS
            serial:COM3?flow=hardware       | INVALID_FLOW_CONTROL
            serial:COM3?speed=9600          | UNKNOWN_PARAMETER
            serial:COM3?baud=9600&baud=4800 | DUPLICATE_PARAMETER
            serial:COM3?baud=9600&BAUD=9600 | DUPLICATE_PARAMETER
            serial:COM3?baud                | MALFORMED_PARAMETER
            serial:COM3?baud=9600&          | MALFORMED_PARAMETER
            serial:COM3?=9600               | MALFORMED_PARAMETER
            serial:COM%3                    | INVALID_ESCAPE
            file:                           | MISSING_FILE_PATH
            file://                         | MISSING_FILE_PATH
            file:dev/usb/lp0                | INVALID_FILE_PATH
            file:lp0                        | INVALID_FILE_PATH
            file://printhost/dev/usb/lp0    | INVALID_FILE_PATH
            file:////server/share           | INVALID_FILE_PATH
            spooler:                        | MISSING_PRINTER_NAME
            spooler:%20%20                  | MISSING_PRINTER_NAME
            spooler:Caja 100%               | INVALID_ESCAPE
            spooler:Caja%2                  | INVALID_ESCAPE
            spooler:%ZZ                     | INVALID_ESCAPE
            spooler:%FF                     | INVALID_ESCAPE
            sim:caja 2                      | INVALID_SIMULATOR_NAME
            sim://caja                      | INVALID_SIMULATOR_NAME
            sim:caja?x=1                    | INVALID_SIMULATOR_NAME
            """)
    void parseRejectsWithTheRightReason(String text, Reason reason) {
        InvalidDeviceUriException error = assertThrows(InvalidDeviceUriException.class, () -> DeviceUri.parse(text));
        assertEquals(reason, error.reason());
    }

    @Test
    void errorNamesTheWrongPartAndTheWholeAddress() {
        InvalidDeviceUriException error =
                assertThrows(InvalidDeviceUriException.class, () -> DeviceUri.parse(" serial:COM3?baud=abc "));
        assertAll(
                () -> assertEquals("abc", error.offendingText()),
                () -> assertEquals("serial:COM3?baud=abc", error.input()),
                () -> assertEquals("deviceUri.invalidBaud", error.messageKey()),
                () -> assertEquals(HardwareMessage.of(InvalidDeviceUriException.BUNDLE, "deviceUri.invalidBaud",
                        "abc", "serial:COM3?baud=abc"), error.userMessage()));
    }

    @Test
    void getMessageIsEnglishForLogsAndMessageIsSpanishByDefault() {
        InvalidDeviceUriException error =
                assertThrows(InvalidDeviceUriException.class, () -> DeviceUri.parse("tcp://printer:70000"));
        assertAll(
                () -> assertTrue(error.getMessage().startsWith("Port \"70000\" is not valid"), error.getMessage()),
                () -> assertTrue(error.message(HardwareMessage.ES_MX).startsWith("El puerto \"70000\" no es válido"),
                        error.message(HardwareMessage.ES_MX)),
                () -> assertEquals(error.message(HardwareMessage.ES_MX), error.message(Locale.FRENCH)),
                () -> assertEquals(error.getMessage(), error.message(Locale.US)));
    }

    @Test
    void recordsRejectInvalidValuesBuiltInCode() {
        assertAll(
                () -> assertReason(Reason.INVALID_PORT, () -> new TcpUri("printer", 70000)),
                () -> assertReason(Reason.MISSING_HOST, () -> new TcpUri("")),
                () -> assertReason(Reason.INVALID_HOST, () -> new TcpUri("[::1]")),
                () -> assertReason(Reason.MISSING_SERIAL_PORT, () -> new SerialUri(" ")),
                () -> assertReason(Reason.INVALID_FILE_PATH, () -> new FileUri("lp0")),
                () -> assertReason(Reason.MISSING_PRINTER_NAME, () -> new SpoolerUri("")),
                () -> assertReason(Reason.INVALID_SIMULATOR_NAME, () -> new SimUri("a b")));
    }

    private static void assertReason(Reason reason, Runnable construction) {
        assertEquals(reason, assertThrows(InvalidDeviceUriException.class, construction::run).reason());
    }
}
