package mx.michangarrito.hardware.device;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import mx.michangarrito.hardware.text.HardwareMessage;

/**
 * The end of a card transaction (sale or refund), as returned by the terminal driver and sent to its
 * listeners.
 *
 * @param source            the terminal's name
 * @param at                when the outcome was known
 * @param outcome           approved, declined, cancelled or error
 * @param amountCentavos    the amount asked for, in centavos
 * @param authorisationCode the terminal's reference for the transaction, when it sent one
 * @param maskedCard        the card number with all but the last four digits masked, when the terminal
 *                          sent it
 * @param message           what to tell the cashier
 */
public record PaymentResult(String source, Instant at, PaymentOutcome outcome, long amountCentavos,
        Optional<String> authorisationCode, Optional<String> maskedCard, HardwareMessage message)
        implements DeviceEvent {

    /** Checks that no part is missing and the amount is not negative. */
    public PaymentResult {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(authorisationCode, "authorisationCode");
        Objects.requireNonNull(maskedCard, "maskedCard");
        Objects.requireNonNull(message, "message");
        if (amountCentavos < 0) {
            throw new IllegalArgumentException("negative amount: " + amountCentavos);
        }
    }

    /**
     * Whether the customer was charged (or refunded).
     *
     * @return true when approved
     */
    public boolean approved() {
        return outcome == PaymentOutcome.APPROVED;
    }
}
