package mx.michangarrito.hardware.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import mx.michangarrito.hardware.device.SerialSettings;
import mx.michangarrito.hardware.device.WeightStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each scale protocol's bytes, both ways. */
class ScaleProtocolCodecTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private static byte[] hex(String text) {
        return HEX.parseHex(text);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void toledoCommandsAndPortAreThoseOfThe8217() {
        Toledo8217 toledo = new Toledo8217();
        assertArrayEquals(hex("57"), toledo.weightRequest());
        assertArrayEquals(hex("5A"), toledo.zeroCommand().orElseThrow());
        assertArrayEquals(hex("54"), toledo.tareCommand().orElseThrow());
        assertArrayEquals(hex("43"), toledo.clearTareCommand().orElseThrow());
        assertEquals("9600 7E1", toledo.serialSettings().toString());
    }

    @Test
    void toledoStableWeightIsStxDigitsCr() throws MalformedReplyException {
        Toledo8217 toledo = new Toledo8217();
        ScaleReply reply = ScaleReply.of(WeightStatus.STABLE, new BigDecimal("1.25"));

        assertEquals("02 30 31 2E 32 35 30 0D", HEX.formatHex(toledo.encode(reply)));
        assertEquals(reply, toledo.decode(hex("02 30 31 2E 32 35 30")));
        assertEquals(new BigDecimal("0.500"), toledo.decode(hex("02 30 2E 35")).kilograms().orElseThrow());
    }

    @ParameterizedTest(name = "status {0} → {1}")
    @CsvSource({"41, MOTION", "42, OVERLOAD", "44, NEGATIVE", "43, OVERLOAD", "45, NEGATIVE", "01, MOTION"})
    void toledoStatusBitsNameTheState(String status, WeightStatus expected) throws MalformedReplyException {
        assertEquals(ScaleReply.statusOnly(expected), new Toledo8217().decode(hex("02 3F " + status)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"MOTION, 02 3F 41 0D", "OVERLOAD, 02 3F 42 0D", "NEGATIVE, 02 3F 44 0D"})
    void toledoEncodesStatesAsStatusReplies(WeightStatus status, String bytes) {
        assertEquals(bytes, HEX.formatHex(new Toledo8217().encode(ScaleReply.statusOnly(status))));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"30 31 2E 32", "02", "02 3F", "02 3F 40", "02 31 2C 35", "02 41 42 43", "02 3F 41 41"})
    void toledoRefusesWhatIsNotAReply(String bytes) {
        assertThrows(MalformedReplyException.class, () -> new Toledo8217().decode(hex(bytes)));
    }

    @Test
    void casPd2AsksWithWAndReadsDigitsAndPoint() throws MalformedReplyException {
        CasPd2 cas = new CasPd2();
        assertArrayEquals(ascii("W"), cas.weightRequest());
        assertEquals("9600 7E1", cas.serialSettings().toString());
        assertEquals(Optional.empty(), cas.zeroCommand());
        assertEquals(Optional.empty(), cas.tareCommand());

        assertEquals(ScaleReply.of(WeightStatus.STABLE, new BigDecimal("1.234")), cas.decode(ascii("01.234")));
        assertEquals("30 30 2E 37 35 30 0D", HEX.formatHex(cas.encode(ScaleReply.of(WeightStatus.STABLE, new BigDecimal("0.75")))));
    }

    @Test
    void casEspAsksWithDollarAt4800EightOddOne() throws MalformedReplyException {
        CasEsp esp = new CasEsp();
        assertArrayEquals(hex("24"), esp.weightRequest());
        assertEquals(new SerialSettings(4800, 8, mx.michangarrito.hardware.device.Parity.ODD,
                mx.michangarrito.hardware.device.StopBits.ONE, mx.michangarrito.hardware.device.FlowControl.NONE),
                esp.serialSettings());
        assertEquals(new BigDecimal("12.500"), esp.decode(ascii("12.5")).kilograms().orElseThrow());
    }

    @ParameterizedTest(name = "\"{0}\" → {1} {2}")
    @CsvSource({"'01.234', STABLE, 1.234", "' 0.5 kg', STABLE, 0.500", "'-00.120', NEGATIVE, -0.120", "'3', STABLE, 3.000"})
    void casRepliesAreReadWithTheirSign(String reply, WeightStatus status, BigDecimal kg) throws MalformedReplyException {
        assertEquals(ScaleReply.of(status, kg), new CasPd2().decode(ascii(reply)));
    }

    @Test
    void casNegativeWeightIsEncodedWithAMinus() {
        assertEquals("-00.120\r", new String(new CasEsp().encode(ScaleReply.of(WeightStatus.NEGATIVE, new BigDecimal("-0.12"))),
                StandardCharsets.US_ASCII));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "--1.0", "1,250", "1.2.3", "abc", "\u007f#\u0015x"})
    void casRefusesWhatIsNotANumber(String reply) {
        assertThrows(MalformedReplyException.class, () -> new CasPd2().decode(ascii(reply)));
    }

    @Test
    void aGenericScaleInGramsWithMotionAndOverloadFlags() throws MalformedReplyException {
        GenericScaleProtocol torrey = new GenericScaleProtocol("P\r",
                Pattern.compile("(?<overload>OL)?\\s*(?<weight>-?[0-9]*)\\s*g(?<motion>\\?)?"),
                GenericScaleProtocol.Unit.GRAMS, "%s g", SerialSettings.DEFAULT);

        assertArrayEquals(hex("50 0D"), torrey.weightRequest());
        assertEquals(ScaleReply.of(WeightStatus.STABLE, new BigDecimal("1.250")), torrey.decode(ascii(" 1250 g")));
        assertEquals(ScaleReply.of(WeightStatus.MOTION, new BigDecimal("0.800")), torrey.decode(ascii("800 g?")));
        assertEquals(ScaleReply.of(WeightStatus.NEGATIVE, new BigDecimal("-0.015")), torrey.decode(ascii("-15 g")));
        assertEquals(ScaleReply.statusOnly(WeightStatus.OVERLOAD), torrey.decode(ascii("OL g")));
        assertEquals("1250 g\r", new String(torrey.encode(ScaleReply.of(WeightStatus.STABLE, new BigDecimal("1.25"))),
                StandardCharsets.US_ASCII));
        assertThrows(MalformedReplyException.class, () -> torrey.decode(ascii("1250 kg")));
    }

    @Test
    void aGenericPatternWithoutAWeightGroupIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GenericScaleProtocol("W", Pattern.compile("[0-9.]+"),
                GenericScaleProtocol.Unit.KILOGRAMS, "%s", SerialSettings.DEFAULT));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"toledo, toledo", "TOLEDO-8217, toledo", "cas-pd2, cas-pd2", "cas-esp, cas-esp"})
    void builtInProtocolsAreFoundByTheirCommandLineName(String name, String id) {
        assertEquals(id, ScaleProtocol.byId(name).orElseThrow().id());
    }

    @Test
    void anUnknownProtocolNameFindsNothing() {
        assertEquals(Optional.empty(), ScaleProtocol.byId("torrey"));
    }
}
