package mx.michangarrito.hardware.payment;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The terminal's answer, protocol E: {@code STX}, POS number (2), status (1: {@code 0} accepted,
 * {@code 7} refused, {@code 9} not verified), amount (8), mode (1), report (55), currency (3), private
 * (10), {@code ETX}, LRC: 83 bytes. A terminal set to the short answer leaves the report out (28 bytes).
 *
 * @param posNumber      the till's number
 * @param status         {@code '0'}, {@code '7'} or {@code '9'}
 * @param amountCentavos the amount the terminal processed
 * @param mode           the payment mode, {@code '1'} card
 * @param report         the report field (often the card number first), padded with spaces; empty in a short answer
 * @param currency       {@code 484} for pesos
 * @param reference      the private field: the terminal's own reference of the transaction
 */
public record ConcertResponse(int posNumber, char status, long amountCentavos, char mode, String report,
        String currency, String reference) {

    /** Length of the text of a full answer. */
    public static final int FULL_TEXT = 80;
    /** Length of the text of a short answer. */
    public static final int SHORT_TEXT = 25;
    private static final Pattern CARD = Pattern.compile("[0-9*Xx]{12,19}");

    /**
     * Checks the fields' sizes.
     *
     * @throws IllegalArgumentException if a field does not fit
     */
    public ConcertResponse {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(reference, "reference");
        if (report.length() > 55 || reference.length() > 10 || currency.length() != 3) {
            throw new IllegalArgumentException("field too long");
        }
    }

    /**
     * The frame a terminal sends (for the simulator): always the full 83-byte answer.
     *
     * @return the bytes
     */
    public byte[] encode() {
        return ConcertFrames.frame(String.format(Locale.ROOT, "%02d%c%08d%c%-55s%s%-10s",
                posNumber, status, amountCentavos, mode, report, currency, reference));
    }

    /**
     * Reads an answer frame.
     *
     * @param frame STX … ETX LRC, 83 or 28 bytes
     * @return the answer
     * @throws ConcertFrameException if the LRC, the length or a numeric field is wrong
     */
    public static ConcertResponse decode(byte[] frame) throws ConcertFrameException {
        String text = ConcertFrames.text(frame);
        if (text.length() != FULL_TEXT && text.length() != SHORT_TEXT) {
            throw new ConcertFrameException("an answer has 80 or 25 characters, not " + text.length());
        }
        boolean full = text.length() == FULL_TEXT;
        int tail = full ? 67 : 12;
        try {
            return new ConcertResponse(Integer.parseInt(text.substring(0, 2)), text.charAt(2),
                    Long.parseLong(text.substring(3, 11)), text.charAt(11), full ? text.substring(12, 67) : "",
                    text.substring(tail, tail + 3), text.substring(tail + 3, tail + 13));
        } catch (NumberFormatException e) {
            throw new ConcertFrameException("not a number in POS or amount: " + e.getMessage());
        }
    }

    /**
     * The card number from the report with all but its last four digits masked, if the report starts with one.
     *
     * @return e.g. {@code ************1234}
     */
    public Optional<String> maskedCard() {
        String first = report.strip().split(" ", 2)[0];
        if (!CARD.matcher(first).matches()) {
            return Optional.empty();
        }
        return Optional.of("*".repeat(first.length() - 4) + first.substring(first.length() - 4));
    }

    /**
     * The terminal's reference, when it sent one.
     *
     * @return the trimmed private field, or empty if blank
     */
    public Optional<String> authorisation() {
        String trimmed = reference.strip();
        return trimmed.isEmpty() ? Optional.empty() : Optional.of(trimmed);
    }
}
