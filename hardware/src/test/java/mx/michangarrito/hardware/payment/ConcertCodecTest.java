package mx.michangarrito.hardware.payment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Concert (protocol E) frames byte for byte, with the LRC test vector of PROTOCOLS.md. */
class ConcertCodecTest {

    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    @Test
    void theTestVectorOfProtocolsMdHasLrc0F() {
        byte[] frame = new ConcertRequest(1, 1250, TransactionType.SALE).encode();

        assertEquals("0100001250110484" + " ".repeat(10) + "A010B010", new ConcertRequest(1, 1250, TransactionType.SALE).text());
        assertEquals(0x0F, frame[frame.length - 1] & 0xFF);
    }

    @Test
    void aSaleRequestIsStx34AsciiBytesEtxLrc() {
        byte[] frame = new ConcertRequest(1, 1250, TransactionType.SALE).encode();

        assertEquals(37, frame.length);
        assertEquals("02 30 31 30 30 30 30 31 32 35 30 31 31 30 34 38 34 20 20 20 20 20 20 20 20 20 20 41 30 31 30 42 30 31 30 03 0F",
                HEX.formatHex(frame));
    }

    @ParameterizedTest(name = "pos {0}, {1} centavos, {2}")
    @CsvSource({"1, 1, SALE", "12, 99999999, REFUND", "99, 45000, SALE"})
    void requestsReadBackToTheSameValues(int pos, long amount, TransactionType type) throws ConcertFrameException {
        ConcertRequest request = new ConcertRequest(pos, amount, type);

        assertEquals(request, ConcertRequest.decode(request.encode()));
        assertEquals(type == TransactionType.SALE ? '0' : '2', (char) request.encode()[13]);
    }

    @ParameterizedTest(name = "{0} centavos")
    @CsvSource({"0", "-5", "100000000"})
    void amountsOutsideEightDigitsAreRefused(long amount) {
        assertThrows(IllegalArgumentException.class, () -> new ConcertRequest(1, amount, TransactionType.SALE));
    }

    @Test
    void aFullAnswerIs83BytesAndCarriesCardAndReference() throws ConcertFrameException {
        ConcertResponse answer = new ConcertResponse(1, '0', 1250, '1', "4152313400001234", "484", "A1B2C3");
        byte[] frame = answer.encode();

        assertEquals(83, frame.length);
        assertEquals(0x02, frame[0]);
        assertEquals(0x03, frame[81]);
        assertEquals(Concert.lrc(frame, 1, 82), frame[82]);
        assertEquals("010000012501", new String(frame, 1, 12, StandardCharsets.US_ASCII));
        assertEquals(answer.report() + " ".repeat(55 - 16), ConcertResponse.decode(frame).report());
        assertEquals(Optional.of("************1234"), ConcertResponse.decode(frame).maskedCard());
        assertEquals(Optional.of("A1B2C3"), ConcertResponse.decode(frame).authorisation());
    }

    @Test
    void aShortAnswerWithoutReportIsRead() throws ConcertFrameException {
        byte[] frame = ConcertFrames.frame("017000012501484" + " ".repeat(10));

        ConcertResponse answer = ConcertResponse.decode(frame);

        assertEquals(28, frame.length);
        assertEquals('7', answer.status());
        assertEquals(1250, answer.amountCentavos());
        assertEquals(Optional.empty(), answer.maskedCard());
        assertEquals(Optional.empty(), answer.authorisation());
    }

    @Test
    void aWrongLrcIsRefused() {
        byte[] frame = new ConcertResponse(1, '0', 1250, '1', "", "484", "").encode();
        frame[82] ^= 0x01;

        ConcertFrameException refused = assertThrows(ConcertFrameException.class, () -> ConcertResponse.decode(frame));
        assertEquals(true, refused.getMessage().startsWith("LRC"), refused.getMessage());
    }

    @Test
    void framesOfTheWrongLengthOrShapeAreRefused() {
        assertThrows(ConcertFrameException.class, () -> ConcertResponse.decode(ConcertFrames.frame("0100")));
        assertThrows(ConcertFrameException.class, () -> ConcertResponse.decode(HEX.parseHex("30 31 03 32")));
        assertThrows(ConcertFrameException.class, () -> ConcertResponse.decode(ConcertFrames.frame("010000X1250" + "1" + " ".repeat(55) + "484" + " ".repeat(10))));
        assertThrows(ConcertFrameException.class, () -> ConcertRequest.decode(ConcertFrames.frame("0100001250110484" + " ".repeat(10) + "A010B011")));
    }

    @Test
    void aReportWithoutACardNumberGivesNoMaskedCard() {
        assertEquals(Optional.empty(), new ConcertResponse(1, '0', 1, '1', "APROBADA", "484", "").maskedCard());
        assertEquals(Optional.of("************9876"),
                new ConcertResponse(1, '0', 1, '1', "************9876 VISA", "484", "").maskedCard());
    }

    @Test
    void theControlBytesAreThoseOfTheProtocol() {
        assertArrayEquals(HEX.parseHex("02 03 04 05 06 15"),
                new byte[] {Concert.STX, Concert.ETX, Concert.EOT, Concert.ENQ, Concert.ACK, Concert.NAK});
    }
}
