package mx.michangarrito.hardware.payment;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the POS asks the terminal, protocol E: {@code STX} + 34 ASCII bytes + {@code ETX} + LRC. The
 * 34 bytes are POS number (2), amount in centavos (8, zero padded), answer flag {@code 1} (full answer),
 * mode {@code 1} (card), type ({@code 0} sale, {@code 2} refund), currency (3, {@code 484} MXN), private
 * (10 spaces), delay {@code A010} (answer when the transaction ends), authorisation {@code B010}.
 *
 * @param posNumber      the till's number, 1 to 99
 * @param amountCentavos the amount, 1 to 99,999,999 centavos
 * @param type           sale or refund
 */
public record ConcertRequest(int posNumber, long amountCentavos, TransactionType type) {

    /** Mexican pesos, ISO 4217 numeric. */
    public static final String MXN = "484";
    /** Length of the text between STX and ETX. */
    public static final int TEXT_LENGTH = 34;
    /** Largest amount 8 digits hold. */
    public static final long MAX_AMOUNT = 99_999_999L;
    private static final Pattern TEXT = Pattern.compile("[0-9]{2}[0-9]{8}11[02]484 {10}A010B010");

    /**
     * Checks the fields.
     *
     * @throws IllegalArgumentException if the POS number or the amount is out of range
     */
    public ConcertRequest {
        Objects.requireNonNull(type, "type");
        if (posNumber < 1 || posNumber > 99) {
            throw new IllegalArgumentException("POS number must be 1 to 99: " + posNumber);
        }
        if (amountCentavos < 1 || amountCentavos > MAX_AMOUNT) {
            throw new IllegalArgumentException("amount must be 1 to " + MAX_AMOUNT + " centavos: " + amountCentavos);
        }
    }

    /**
     * The 34 bytes between STX and ETX.
     *
     * @return the ASCII text
     */
    public String text() {
        return String.format(java.util.Locale.ROOT, "%02d%08d11%c%s%10sA010B010", posNumber, amountCentavos, type.code(), MXN, "");
    }

    /**
     * The whole frame: STX, text, ETX, LRC.
     *
     * @return 37 bytes
     */
    public byte[] encode() {
        return ConcertFrames.frame(text());
    }

    /**
     * Reads a request frame (what a terminal, or the simulator, receives).
     *
     * @param frame STX … ETX LRC
     * @return the request
     * @throws ConcertFrameException if the frame is not a valid request
     */
    public static ConcertRequest decode(byte[] frame) throws ConcertFrameException {
        String text = ConcertFrames.text(frame);
        if (text.length() != TEXT_LENGTH || !TEXT.matcher(text).matches()) {
            throw new ConcertFrameException("not a protocol E request: \"" + text + "\"");
        }
        try {
            return new ConcertRequest(Integer.parseInt(text.substring(0, 2)), Long.parseLong(text.substring(2, 10)),
                    TransactionType.fromCode(text.charAt(12)));
        } catch (IllegalArgumentException e) {
            throw new ConcertFrameException(e.getMessage());
        }
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
