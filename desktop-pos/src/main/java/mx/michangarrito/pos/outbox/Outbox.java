package mx.michangarrito.pos.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import mx.michangarrito.pos.store.Counters;
import mx.michangarrito.pos.store.PosDatabase;
import org.hibernate.Session;

/**
 * Appends events to the outbox inside the caller's transaction, so an event is queued exactly when the
 * rows it describes commit. Sequence numbers come from the gapless counter {@code outbox}.
 */
public final class Outbox {

    private final Clock clock;

    /**
     * The mapper, made on first use: Jackson's set-up is a few hundred classes the start of the counter does
     * not need (decision 0025); {@link #warmUp} makes it once the counter is up, before the first sale.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    public Outbox(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sets up the JSON mapper now (off the start's path, so the first sale does not pay for it). */
    public static void warmUp() {
        Objects.requireNonNull(Json.MAPPER);
    }

    /** Queues {@code event} in {@code session}'s transaction and returns its sequence number. */
    public long append(Session session, OutboxEvent event) {
        String payload;
        try {
            payload = Json.MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.eventType() + " " + event.eventId(), e);
        }
        long seq = Counters.next(session, "outbox");
        session.persist(new OutboxEntry(seq, event, payload, clock.instant()));
        return seq;
    }

    /** Entries after {@code afterSeq}, oldest first, at most {@code limit}. */
    public static List<OutboxEntry> pending(PosDatabase database, long afterSeq, int limit) {
        return database.read(session -> session.createSelectionQuery(
                "from OutboxEntry where seq > :after order by seq", OutboxEntry.class)
                .setParameter("after", afterSeq).setMaxResults(limit).getResultList());
    }

    /**
     * The first sequence a newly paired cloud terminal will receive from this till: the oldest entry not yet
     * acknowledged, else the next one to be queued.
     */
    public static long firstUnsent(PosDatabase database) {
        return database.read(session -> {
            Long oldest = session.createSelectionQuery("select min(seq) from OutboxEntry", Long.class)
                    .getSingleResult();
            return oldest != null ? oldest : Counters.current(session, "outbox") + 1;
        });
    }

    /** Entity classes of this feature, for {@link PosDatabase#open}. */
    public static List<Class<?>> entities() {
        return List.of(OutboxEntry.class);
    }
}
