package mx.michangarrito.hardware.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import mx.michangarrito.hardware.device.InvalidDeviceUriException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SerialSettingsTest {

    @Test
    void defaultIs9600BaudEightDataBitsNoParityOneStopBitNoFlowControl() {
        assertEquals(new SerialSettings(9600, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE), SerialSettings.DEFAULT);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            9600 8N1            | 9600   | 8 | NONE | ONE            | NONE
            4800 8O1            | 4800   | 8 | ODD  | ONE            | NONE
            9600 7E1 rtscts     | 9600   | 7 | EVEN | ONE            | RTS_CTS
            110 5M1.5 xonxoff   | 110    | 5 | MARK | ONE_AND_A_HALF | XON_XOFF
            115200 6S2          | 115200 | 6 | SPACE| TWO            | NONE
            """)
    void toStringUsesTheUsualShortNotation(String expected, int baud, int bits, Parity parity, StopBits stop,
            FlowControl flow) {
        assertEquals(expected, new SerialSettings(baud, bits, parity, stop, flow).toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            N     | NONE
            e     | EVEN
            odd   | ODD
            Mark  | MARK
            s     | SPACE
            """)
    void parityIsReadFromItsLetterOrName(String text, Parity parity) {
        assertEquals(Optional.of(parity), Parity.fromText(text));
    }

    @Test
    void unknownTextsGiveNoEnumValue() {
        assertEquals(Optional.empty(), Parity.fromText("X"));
        assertEquals(Optional.empty(), StopBits.fromText("1.0"));
        assertEquals(Optional.empty(), FlowControl.fromText("hardware"));
    }

    @Test
    void stopBitsAndFlowControlAreReadFromTheirText() {
        assertEquals(Optional.of(StopBits.ONE_AND_A_HALF), StopBits.fromText("1.5"));
        assertEquals(Optional.of(FlowControl.XON_XOFF), FlowControl.fromText("XonXoff"));
    }

    @Test
    void baudRateMustBePositiveAndDataBitsFiveToEight() {
        assertEquals(Reason.INVALID_BAUD, assertThrows(InvalidDeviceUriException.class,
                () -> new SerialSettings(0, 8, Parity.NONE, StopBits.ONE, FlowControl.NONE)).reason());
        assertEquals(Reason.INVALID_DATA_BITS, assertThrows(InvalidDeviceUriException.class,
                () -> new SerialSettings(9600, 9, Parity.NONE, StopBits.ONE, FlowControl.NONE)).reason());
    }
}
