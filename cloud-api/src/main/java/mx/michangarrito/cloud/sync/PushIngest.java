package mx.michangarrito.cloud.sync;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.shared.sync.CustomerChanged;
import mx.michangarrito.shared.sync.EventResult;
import mx.michangarrito.shared.sync.FiadoRecorded;
import mx.michangarrito.shared.sync.ProductCommanded;
import mx.michangarrito.shared.sync.PushRequest;
import mx.michangarrito.shared.sync.PushResponse;
import mx.michangarrito.shared.sync.PushedEvent;
import mx.michangarrito.shared.sync.StockMoved;
import mx.michangarrito.shared.sync.TerminalEvent;

/**
 * Stores one push in one transaction of the terminal's shop: each event once (a resend is a duplicate),
 * stock deltas and fiado entries applied with their projections, the terminal's sequence progress and
 * gaps updated. Pushes of one terminal are serialised by its progress row; stock and balance rows are
 * updated in id order at the end, so two terminals' pushes cannot deadlock on them.
 */
public final class PushIngest {

    private final Database database;
    private final SyncRepository repository;
    private final ObjectMapper json;
    private final Clock clock;
    private final CatalogCommands catalog;

    public PushIngest(Database database, SyncRepository repository, ObjectMapper json, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.repository = Objects.requireNonNull(repository, "repository");
        this.json = Objects.requireNonNull(json, "json");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.catalog = new CatalogCommands(new ChangeLogRepository(json));
    }

    /** Stores {@code request} for {@code tenantId}; the envelope was checked by {@link PushRules}. */
    public PushResponse ingest(UUID tenantId, PushRequest request) {
        return database.inTenant(tenantId, tx -> {
            Instant now = clock.instant();
            UUID terminal = request.terminalId();
            long contiguous = repository.lockProgress(tx, terminal, now);
            Map<UUID, BigDecimal> stock = new TreeMap<>();
            Map<UUID, Long> fiado = new TreeMap<>();
            List<EventResult> results = new ArrayList<>(request.events().size());
            for (PushedEvent pushed : request.events()) {
                results.add(store(tx, request, pushed, now, stock, fiado));
            }
            stock.forEach((product, delta) -> {
                if (delta.signum() != 0) {
                    repository.addToStock(tx, product, delta, now);
                }
            });
            fiado.forEach((customer, delta) -> repository.addToFiadoBalance(tx, customer, delta, now));
            var progress = SequenceProgress.advance(contiguous, repository.sequencesAfter(tx, terminal, contiguous));
            if (progress.contiguousThrough() != contiguous) {
                repository.saveProgress(tx, terminal, progress.contiguousThrough(), now);
            }
            return new PushResponse(results, progress.contiguousThrough(), progress.gaps());
        });
    }

    private EventResult store(Tx tx, PushRequest request, PushedEvent pushed, Instant now,
                              Map<UUID, BigDecimal> stock, Map<UUID, Long> fiado) {
        TerminalEvent event = pushed.event();
        UUID id = event.eventId();
        long seq = pushed.sequence();
        String payload = payload(event);
        Optional<String> rejection = PushRules.rejection(event);
        boolean stored = repository.insertEvent(tx, request.terminalId(), seq, id, event.wireType(),
                request.schemaVersion(), payload, pushed.recordedAt(), now, rejection.orElse(null));
        if (stored) {
            if (rejection.isPresent()) {
                return EventResult.rejected(seq, id, rejection.get());
            }
            apply(tx, request.terminalId(), event, stock, fiado, now);
            return EventResult.accepted(seq, id);
        }
        return repository.findEvent(tx, id, payload)
                .map(existing -> {
                    if (!existing.samePayload() || !existing.terminalId().equals(request.terminalId())
                            || existing.sequence() != seq) {
                        return EventResult.rejected(seq, id, PushRules.EVENT_ID_REUSED);
                    }
                    return existing.rejectReason() == null ? EventResult.duplicate(seq, id)
                            : EventResult.rejected(seq, id, existing.rejectReason());
                })
                .orElseGet(() -> EventResult.rejected(seq, id, PushRules.SEQUENCE_REUSED));
    }

    private void apply(Tx tx, UUID terminal, TerminalEvent event, Map<UUID, BigDecimal> stock,
                       Map<UUID, Long> fiado, Instant now) {
        switch (event) {
            case StockMoved m -> {
                repository.insertStockMovement(tx, terminal, m);
                stock.merge(m.productId(), m.quantity(), BigDecimal::add);
            }
            case FiadoRecorded f -> {
                repository.insertFiadoEntry(tx, terminal, f);
                fiado.merge(f.customerId(), Math.multiplyExact((long) f.kind().sign(), f.amountCentavos()), Math::addExact);
            }
            // Catalog and customer changes become the shop's records, which the other terminals pull.
            case ProductCommanded p -> catalog.apply(tx, p, now);
            case CustomerChanged c -> catalog.apply(tx, c, now);
            default -> {
                // Sales, voids, returns, cash and shifts are kept in the event log; the owners'
                // reports read them from there.
            }
        }
    }

    private String payload(TerminalEvent event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serialisable: " + event.wireType(), e);
        }
    }
}
