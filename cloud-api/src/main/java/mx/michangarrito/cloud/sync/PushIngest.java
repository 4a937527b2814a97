package mx.michangarrito.cloud.sync;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.db.Tx;
import mx.michangarrito.shared.sync.CategoryCommanded;
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
        List<EventBatchRepository.Row> rows = new ArrayList<>(request.events().size());
        for (PushedEvent pushed : request.events()) {
            TerminalEvent event = pushed.event();
            rows.add(new EventBatchRepository.Row(pushed.sequence(), event.eventId(), event.wireType(), payload(event),
                    pushed.recordedAt(), PushRules.rejection(event).orElse(null)));
        }
        return database.inTenant(tenantId, tx -> {
            Instant now = clock.instant();
            UUID terminal = request.terminalId();
            long contiguous = repository.lockProgress(tx, terminal, now);
            Set<UUID> stored = EventBatchRepository.insertEvents(tx, terminal, request.schemaVersion(), rows, now);
            Map<UUID, BigDecimal> stock = new TreeMap<>();
            Map<UUID, Long> fiado = new TreeMap<>();
            List<StockMoved> moves = new ArrayList<>();
            List<FiadoRecorded> entries = new ArrayList<>();
            List<EventResult> results = new ArrayList<>(rows.size());
            for (int i = 0; i < rows.size(); i++) {
                EventBatchRepository.Row row = rows.get(i);
                if (!stored.contains(row.eventId())) {
                    results.add(resent(tx, terminal, row));
                } else if (row.rejectReason() != null) {
                    results.add(EventResult.rejected(row.seq(), row.eventId(), row.rejectReason()));
                } else {
                    collect(tx, request.events().get(i).event(), moves, entries, stock, fiado, now);
                    results.add(EventResult.accepted(row.seq(), row.eventId()));
                }
            }
            EventBatchRepository.insertStockMovements(tx, terminal, moves);
            EventBatchRepository.insertFiadoEntries(tx, terminal, entries);
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

    /** The answer for an event this push did not store: its id or its sequence was already taken. */
    private EventResult resent(Tx tx, UUID terminal, EventBatchRepository.Row row) {
        long seq = row.seq();
        UUID id = row.eventId();
        return repository.findEvent(tx, id, row.payload())
                .map(existing -> {
                    if (!existing.samePayload() || !existing.terminalId().equals(terminal)
                            || existing.sequence() != seq) {
                        return EventResult.rejected(seq, id, PushRules.EVENT_ID_REUSED);
                    }
                    return existing.rejectReason() == null ? EventResult.duplicate(seq, id)
                            : EventResult.rejected(seq, id, existing.rejectReason());
                })
                .orElseGet(() -> EventResult.rejected(seq, id, PushRules.SEQUENCE_REUSED));
    }

    /**
     * A newly stored event's projection rows and its deltas to stock and balances; catalog and customer
     * changes become the shop's records at once, in push order, for the other terminals to pull.
     */
    private void collect(Tx tx, TerminalEvent event, List<StockMoved> moves, List<FiadoRecorded> entries,
                         Map<UUID, BigDecimal> stock, Map<UUID, Long> fiado, Instant now) {
        switch (event) {
            case StockMoved m -> {
                moves.add(m);
                stock.merge(m.productId(), m.quantity(), BigDecimal::add);
            }
            case FiadoRecorded f -> {
                entries.add(f);
                fiado.merge(f.customerId(), Math.multiplyExact((long) f.kind().sign(), f.amountCentavos()), Math::addExact);
            }
            case ProductCommanded p -> catalog.apply(tx, p, now);
            case CustomerChanged c -> catalog.apply(tx, c, now);
            case CategoryCommanded c -> catalog.apply(tx, c, now);
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
