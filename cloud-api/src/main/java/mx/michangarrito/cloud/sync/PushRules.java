package mx.michangarrito.cloud.sync;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import mx.michangarrito.cloud.http.ApiException;
import mx.michangarrito.cloud.http.Fields;
import mx.michangarrito.shared.sync.CashMoved;
import mx.michangarrito.shared.sync.CategoryCommanded;
import mx.michangarrito.shared.sync.CustomerChanged;
import mx.michangarrito.shared.sync.FiadoRecorded;
import mx.michangarrito.shared.sync.ProductCommanded;
import mx.michangarrito.shared.sync.PushRequest;
import mx.michangarrito.shared.sync.PushedEvent;
import mx.michangarrito.shared.sync.SaleCompleted;
import mx.michangarrito.shared.sync.SaleReturned;
import mx.michangarrito.shared.sync.SaleVoided;
import mx.michangarrito.shared.sync.ShiftClosed;
import mx.michangarrito.shared.sync.ShiftOpened;
import mx.michangarrito.shared.sync.StockMoved;
import mx.michangarrito.shared.sync.SyncSchema;
import mx.michangarrito.shared.sync.TerminalEvent;

/**
 * What a push must look like. A broken envelope (no events, sequences out of order, an event without id)
 * refuses the whole request with a 400; an event that breaks a rule of its own type is stored but not
 * applied, and answered {@code REJECTED} with one of the reason codes below.
 */
final class PushRules {

    static final String MISSING_FIELD = "event.missing_field";
    static final String STOCK_ZERO = "stock.zero_quantity";
    static final String STOCK_SCALE = "stock.more_than_3_decimals";
    static final String FIADO_AMOUNT = "fiado.amount_not_positive";
    static final String EVENT_ID_REUSED = "sync.event_id_reused";
    static final String SEQUENCE_REUSED = "sync.sequence_reused";

    private PushRules() {
    }

    /** Checks the envelope; a failure is a 400 problem for the whole request. */
    static void checkEnvelope(PushRequest request) {
        Fields.required(request.terminalId(), "terminalId");
        List<PushedEvent> events = Fields.required(request.events(), "events");
        if (events.isEmpty() || events.size() > SyncSchema.MAX_EVENTS_PER_PUSH) {
            throw ApiException.badRequest("sync.batch_size", SyncSchema.MAX_EVENTS_PER_PUSH);
        }
        long previous = 0;
        Set<UUID> ids = new HashSet<>();
        for (PushedEvent e : events) {
            Fields.required(e, "events[]");
            Fields.required(e.recordedAt(), "recordedAt");
            Fields.required(e.event(), "event");
            UUID id = Fields.required(e.event().eventId(), "eventId");
            if (e.sequence() <= previous) {
                throw ApiException.badRequest("sync.sequence_order");
            }
            previous = e.sequence();
            if (!ids.add(id)) {
                throw ApiException.badRequest("sync.duplicate_in_batch", id);
            }
        }
    }

    /** Why the cloud will not apply {@code event}, or empty if it will. */
    static Optional<String> rejection(TerminalEvent event) {
        return switch (event) {
            case StockMoved s -> anyNull(s.productId(), s.quantity(), s.reason(), s.at())
                    .or(() -> s.quantity().signum() == 0 ? Optional.of(STOCK_ZERO) : Optional.empty())
                    .or(() -> s.quantity().stripTrailingZeros().scale() > 3 ? Optional.of(STOCK_SCALE)
                            : Optional.empty())
                    .or(() -> s.quantity().abs().compareTo(new BigDecimal("1000000000000")) >= 0
                            ? Optional.of(STOCK_SCALE) : Optional.empty());
            case FiadoRecorded f -> anyNull(f.customerId(), f.kind(), f.at())
                    .or(() -> f.amountCentavos() <= 0 ? Optional.of(FIADO_AMOUNT) : Optional.empty());
            case SaleCompleted s -> anyNull(s.folio(), s.shiftId(), s.completedAt(), s.total());
            case SaleVoided v -> anyNull(v.saleId(), v.at());
            case SaleReturned r -> anyNull(r.saleId(), r.total(), r.at());
            case CashMoved c -> anyNull(c.shiftId(), c.kind(), c.amount(), c.at());
            case ShiftOpened o -> anyNull(o.cashierId(), o.openingFloat(), o.at());
            case ShiftClosed c -> anyNull(c.shiftId(), c.closedAt());
            case CustomerChanged c -> anyNull(c.customerId(), c.name(), c.at());
            case ProductCommanded p -> CatalogCommands.rejection(p);
            case CategoryCommanded c -> CatalogCommands.rejection(c);
        };
    }

    private static Optional<String> anyNull(Object... required) {
        for (Object o : required) {
            if (o == null) {
                return Optional.of(MISSING_FIELD);
            }
        }
        return Optional.empty();
    }
}
