package mx.michangarrito.hardware.payment;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import mx.michangarrito.hardware.device.AbstractDevice;
import mx.michangarrito.hardware.device.DeviceException;
import mx.michangarrito.hardware.device.DeviceHealth;
import mx.michangarrito.hardware.device.DeviceKind;
import mx.michangarrito.hardware.device.DeviceState;
import mx.michangarrito.hardware.device.DeviceUri;
import mx.michangarrito.hardware.device.Disconnected;
import mx.michangarrito.hardware.device.HealthReport;
import mx.michangarrito.hardware.device.PaymentOutcome;
import mx.michangarrito.hardware.device.PaymentResult;
import mx.michangarrito.hardware.device.Reconnected;
import mx.michangarrito.hardware.text.HardwareMessage;
import mx.michangarrito.hardware.transport.Link;
import mx.michangarrito.hardware.transport.LinkOpener;
import mx.michangarrito.hardware.transport.Links;
import mx.michangarrito.hardware.transport.ReconnectingLink;

/**
 * An Ingenico Telium terminal speaking Concert (protocol E) over a serial port: USB-CDC (9600 8N1),
 * RS-232 (often 7E1), or a Bluetooth RFCOMM port the OS exposes as serial. Amounts go in centavos in
 * pesos (currency 484). A lost link is reported once ({@link Disconnected}) and reopened at the next
 * transaction ({@link Reconnected}).
 */
public final class ConcertTerminal extends AbstractDevice implements CardTerminal {

    private static final System.Logger LOG = System.getLogger(ConcertTerminal.class.getName());
    static final String BUNDLE = "mx.michangarrito.hardware.payment.messages";
    /** The link's fixed read timeout; longer waits loop to a deadline (see {@link ConcertSession}). */
    private static final Duration POLL = Duration.ofMillis(100);

    private final int posNumber;
    private final ConcertTimings timings;
    private final ReconnectingLink link;
    private volatile boolean cancelRequested;

    /**
     * A terminal on a port opened by address.
     *
     * @param name      the configured name, e.g. {@code "terminal"}
     * @param uri       the port, e.g. {@code serial:/dev/ttyACM0} or {@code serial:/dev/rfcomm0}
     * @param posNumber this till's number, 1 to 99, sent in every request
     * @param timings   ACK and result timeouts, attempts
     * @param clock     time source for results and events
     */
    public ConcertTerminal(String name, DeviceUri uri, int posNumber, ConcertTimings timings, Clock clock) {
        this(name, uri, posNumber, timings, Links.opener(uri), clock);
    }

    /**
     * A terminal whose link comes from {@code opener} (a simulator in demo mode).
     *
     * @param name      the configured name
     * @param uri       the address shown to people
     * @param posNumber this till's number, 1 to 99
     * @param timings   ACK and result timeouts, attempts
     * @param opener    opens (and reopens) the link
     * @param clock     time source for results and events
     */
    public ConcertTerminal(String name, DeviceUri uri, int posNumber, ConcertTimings timings, LinkOpener opener,
            Clock clock) {
        super(name, DeviceKind.CARD_TERMINAL, uri, clock);
        if (posNumber < 1 || posNumber > 99) {
            throw new IllegalArgumentException("POS number must be 1 to 99: " + posNumber);
        }
        this.posNumber = posNumber;
        this.timings = Objects.requireNonNull(timings, "timings");
        this.link = new ReconnectingLink(opener, POLL);
    }

    @Override
    public PaymentResult sale(long amountCentavos) {
        return transact(TransactionType.SALE, amountCentavos);
    }

    @Override
    public PaymentResult refund(long amountCentavos) {
        return transact(TransactionType.REFUND, amountCentavos);
    }

    @Override
    public void cancel() {
        cancelRequested = true;
    }

    @Override
    protected synchronized void onClaim(Duration timeout) throws IOException {
        link.open(POLL);
    }

    @Override
    protected synchronized void onRelease() throws IOException {
        link.close();
    }

    @Override
    protected HealthReport probeHealth() {
        synchronized (this) {
            boolean ok = link.isOpen();
            return new HealthReport(ok ? DeviceHealth.OK : DeviceHealth.FAILED,
                    text(ok ? "payment.ready" : "payment.disconnected"), clock().instant());
        }
    }

    private synchronized PaymentResult transact(TransactionType type, long amountCentavos) {
        if (state() != DeviceState.ENABLED) {
            throw new DeviceException(message("device.notClaimed"));
        }
        if (amountCentavos < 1 || amountCentavos > ConcertRequest.MAX_AMOUNT) {
            throw new DeviceException(text("payment.invalidAmount", amountCentavos));
        }
        cancelRequested = false;
        PaymentResult result = run(new ConcertRequest(posNumber, amountCentavos, type));
        emit(result);
        return result;
    }

    private PaymentResult run(ConcertRequest request) {
        Optional<Link> current = usableLink();
        if (current.isEmpty()) {
            return result(PaymentOutcome.ERROR, request, Optional.empty(), text("payment.unreachable"));
        }
        try {
            ConcertResponse response = new ConcertSession(current.get(), timings).run(request, () -> cancelRequested);
            return fromResponse(request, response);
        } catch (ConcertFailure failure) {
            LOG.log(Level.WARNING, () -> "Concert session with " + name() + " failed: " + failure.getMessage());
            return switch (failure.kind()) {
                case CANCELLED -> result(PaymentOutcome.CANCELLED, request, Optional.empty(), text("payment.cancelled"));
                case NO_ANSWER -> result(PaymentOutcome.ERROR, request, Optional.empty(), text("payment.noAnswer"));
                case REFUSED_REQUEST -> result(PaymentOutcome.ERROR, request, Optional.empty(), text("payment.refused"));
                case NO_RESULT -> result(PaymentOutcome.ERROR, request, Optional.empty(), text("payment.noResult"));
                case GARBLED_RESULT -> result(PaymentOutcome.ERROR, request, Optional.empty(), text("payment.garbled"));
            };
        } catch (IOException e) {
            linkLost(current.get(), e);
            return result(PaymentOutcome.ERROR, request, Optional.empty(), text("payment.lostMidTransaction"));
        }
    }

    private PaymentResult fromResponse(ConcertRequest request, ConcertResponse response) {
        return switch (response.status()) {
            case '0' -> result(PaymentOutcome.APPROVED, request, Optional.of(response),
                    text(request.type() == TransactionType.SALE ? "payment.approved" : "payment.refunded"));
            case '7' -> result(PaymentOutcome.DECLINED, request, Optional.of(response), text("payment.declined"));
            case '9' -> result(PaymentOutcome.ERROR, request, Optional.of(response), text("payment.notVerified"));
            default -> result(PaymentOutcome.ERROR, request, Optional.of(response),
                    text("payment.unknownStatus", String.valueOf(response.status())));
        };
    }

    private PaymentResult result(PaymentOutcome outcome, ConcertRequest request, Optional<ConcertResponse> response,
            HardwareMessage message) {
        return new PaymentResult(name(), clock().instant(), outcome, request.amountCentavos(),
                response.flatMap(ConcertResponse::authorisation), response.flatMap(ConcertResponse::maskedCard), message);
    }

    private Optional<Link> usableLink() {
        try {
            return Optional.of(link.usable(() -> {
                emit(new Reconnected(name(), clock().instant()));
                reportHealth(new HealthReport(DeviceHealth.OK, text("payment.ready"), clock().instant()));
            }));
        } catch (IOException e) {
            LOG.log(Level.DEBUG, () -> "Terminal " + name() + " still unreachable: " + e.getMessage());
            return Optional.empty();
        }
    }

    private void linkLost(Link current, IOException cause) {
        LOG.log(Level.WARNING, () -> "Terminal " + name() + " (" + uri() + ") lost its link", cause);
        link.lost(current, () -> {
            HardwareMessage message = text("payment.disconnected");
            emit(new Disconnected(name(), clock().instant(), message));
            reportHealth(new HealthReport(DeviceHealth.FAILED, message, clock().instant()));
        });
    }

    private HardwareMessage text(String key, Object... more) {
        return bundleMessage(BUNDLE, key, more);
    }
}
