package mx.michangarrito.pos.device;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.HealthReport;
import mx.michangarrito.hardware.device.DeviceState;
import mx.michangarrito.hardware.device.PaymentResult;
import mx.michangarrito.hardware.payment.CardTerminal;

/**
 * The counter's card terminal: a charge runs on the terminal's own thread (the customer may take a minute
 * to type the PIN) and its outcome is handed to the screen on the UI thread, so the payment card never
 * freezes and the cashier can cancel while waiting.
 */
public final class CardPayments implements AutoCloseable {

    /** The setting naming the card terminal's address; absent or {@code sim:} is the demo simulator, {@code none} none. */
    public static final String TERMINAL_SETTING = "device.card-terminal";

    private static final System.Logger LOG = System.getLogger(CardPayments.class.getName());

    /** How a charge ended, in the cashier's language. */
    public enum Outcome { APPROVED, DECLINED, CANCELLED, ERROR }

    /**
     * The end of a charge.
     *
     * @param outcome        approved, declined, cancelled or error
     * @param amountCentavos the amount asked for
     * @param authorisation  the terminal's authorisation reference, when it sent one
     * @param maskedCard     the card with all but its last four digits masked, when the terminal sent it
     * @param message        what to tell the cashier (the terminal's words)
     */
    public record Charge(Outcome outcome, long amountCentavos, Optional<String> authorisation,
            Optional<String> maskedCard, String message) {

        /** Checks that no part is missing. */
        public Charge {
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(authorisation, "authorisation");
            Objects.requireNonNull(maskedCard, "maskedCard");
            Objects.requireNonNull(message, "message");
        }
    }

    private final CardTerminal terminal;
    private final AutoCloseable owner;
    private final Locale locale;
    private final DeviceWorker worker;

    /**
     * @param terminal the card terminal, closed
     * @param owner    what to close with it (the simulator pair in demo mode, or the terminal itself)
     * @param uiThread where outcomes are delivered
     * @param locale   the cashier's language
     */
    public CardPayments(CardTerminal terminal, AutoCloseable owner, Executor uiThread, Locale locale) {
        this.terminal = Objects.requireNonNull(terminal, "terminal");
        this.owner = Objects.requireNonNull(owner, "owner");
        this.locale = Objects.requireNonNull(locale, "locale");
        this.worker = new DeviceWorker("card-terminal", uiThread);
    }

    /** Charges {@code amountCentavos} on the terminal; {@code done} hears the outcome on the UI thread. */
    public void charge(long amountCentavos, Consumer<Charge> done) {
        Objects.requireNonNull(done, "done");
        worker.run(() -> {
            try {
                if (terminal.state() != DeviceState.ENABLED) {
                    terminal.start(Duration.ofSeconds(2));
                }
                PaymentResult result = terminal.sale(amountCentavos);
                return new Charge(outcome(result), amountCentavos, result.authorisationCode(), result.maskedCard(),
                        result.message().format(locale));
            } catch (DeviceException e) {
                return new Charge(Outcome.ERROR, amountCentavos, Optional.empty(), Optional.empty(),
                        e.userMessage().format(locale));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the card terminal failed", e);
                return new Charge(Outcome.ERROR, amountCentavos, Optional.empty(), Optional.empty(), "");
            }
        }, done);
    }

    /**
     * The answer of a connection check.
     *
     * @param ok      whether the terminal answered and is ready
     * @param message the terminal's words, or why it could not be reached
     */
    public record Check(boolean ok, String message) {
    }

    /** Checks the link to the terminal (never a charge); {@code done} hears the answer on the UI thread. */
    public void check(Consumer<Check> done) {
        worker.run(() -> {
            try {
                if (terminal.state() != DeviceState.ENABLED) {
                    terminal.start(Duration.ofSeconds(2));
                }
                HealthReport report = terminal.checkHealth();
                return new Check(report.health() == DeviceHealth.OK, report.detail().format(locale));
            } catch (DeviceException e) {
                return new Check(false, e.userMessage().format(locale));
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "the card terminal check failed", e);
                return new Check(false, "");
            }
        }, done);
    }

    /** The cashier gave up waiting (Escape): the charge in progress ends as cancelled. */
    public void cancel() {
        terminal.cancel();
    }

    private static Outcome outcome(PaymentResult result) {
        return switch (result.outcome()) {
            case APPROVED -> Outcome.APPROVED;
            case DECLINED -> Outcome.DECLINED;
            case CANCELLED -> Outcome.CANCELLED;
            case ERROR -> Outcome.ERROR;
        };
    }

    @Override
    public void close() {
        terminal.cancel();
        worker.close();
        try {
            owner.close();
        } catch (Exception e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the card terminal", e);
        }
    }
}
