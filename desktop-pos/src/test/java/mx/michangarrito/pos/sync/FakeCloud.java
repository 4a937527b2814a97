package mx.michangarrito.pos.sync;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mx.michangarrito.shared.sync.EventResult;
import mx.michangarrito.shared.sync.PushRequest;
import mx.michangarrito.shared.sync.PushResponse;
import mx.michangarrito.shared.sync.PushedEvent;
import mx.michangarrito.shared.sync.SequenceGap;
import mx.michangarrito.shared.sync.StockMoved;
import mx.michangarrito.shared.sync.SyncSchema;
import mx.michangarrito.shared.sync.UpdateRequired;

/**
 * A cloud for the terminal's tests, behind MockWebServer: it reads pushes in the wire format, keeps each
 * event once by id, sums stock deltas of the events it accepts, answers per event — and misbehaves on
 * request as the script says (dropping the connection before or after storing, 5xx, garbled answers).
 */
final class FakeCloud extends Dispatcher {

    /** What to do with the next push. */
    enum Fault {
        /** Answer properly. */
        NONE,
        /** Answer 503 without storing. */
        UNAVAILABLE_BEFORE_STORING,
        /** Drop the connection without storing. */
        DROP_BEFORE_STORING,
        /** Store, then drop the connection instead of answering: the acknowledgement is lost. */
        DROP_AFTER_STORING,
        /** Store, then answer 500 (a proxy or a crash after commit). */
        ERROR_AFTER_STORING,
        /** Store, then send half of the answer. */
        TRUNCATED_AFTER_STORING,
        /** Answer 426 update required. */
        UPDATE_REQUIRED,
        /** Answer 401, as for a revoked credential. */
        UNAUTHORIZED
    }

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final String credential;
    private final Deque<Fault> script = new ArrayDeque<>();
    private final Map<UUID, PushedEvent> stored = new LinkedHashMap<>();
    private final Map<UUID, BigDecimal> stock = new HashMap<>();
    private final List<PushRequest> received = new ArrayList<>();
    private final Set<UUID> rejectIds = new java.util.HashSet<>();
    private long duplicatesAnswered;

    FakeCloud(String credential) {
        this.credential = credential;
    }

    synchronized FakeCloud then(Fault... faults) {
        script.addAll(List.of(faults));
        return this;
    }

    synchronized void reject(UUID eventId) {
        rejectIds.add(eventId);
    }

    @Override
    public synchronized MockResponse dispatch(RecordedRequest request) {
        if (!("Bearer " + credential).equals(request.getHeaders().get("Authorization"))
                || !"/v1/sync/push".equals(request.getUrl().encodedPath())) {
            return json(401, "{\"code\":\"auth.invalid\",\"title\":\"La sesión no es válida\"}");
        }
        if (request.getBodySize() > SyncSchema.MAX_PUSH_BYTES) {
            return json(413, "{\"code\":\"request.too_large\",\"title\":\"La solicitud es demasiado grande.\"}");
        }
        PushRequest push;
        try {
            push = JSON.readValue(request.getBody().utf8(), PushRequest.class);
        } catch (JsonProcessingException e) {
            return json(400, "{\"code\":\"request.malformed_json\",\"title\":\"" + e.getOriginalMessage()
                    .replace('"', '\'') + "\"}");
        }
        received.add(push);
        Fault fault = script.isEmpty() ? Fault.NONE : script.poll();
        switch (fault) {
            case UNAVAILABLE_BEFORE_STORING -> {
                return json(503, "{\"code\":\"internal\"}");
            }
            case DROP_BEFORE_STORING -> {
                return new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
            }
            case UPDATE_REQUIRED -> {
                return json(426, write(new UpdateRequired("t", "Actualiza", 426, UpdateRequired.CODE, null,
                        push.schemaVersion(), push.schemaVersion() + 1, push.schemaVersion() + 1)));
            }
            case UNAUTHORIZED -> {
                return json(401, "{\"code\":\"auth.invalid\",\"title\":\"La sesión no es válida\"}");
            }
            default -> {
            }
        }
        String answer = write(store(push));
        return switch (fault) {
            case DROP_AFTER_STORING ->
                    new MockResponse.Builder().onResponseStart(SocketEffect.ShutdownConnection.INSTANCE).build();
            case ERROR_AFTER_STORING -> json(500, "{\"code\":\"internal\"}");
            case TRUNCATED_AFTER_STORING -> json(200, answer.substring(0, answer.length() / 2));
            default -> json(200, answer);
        };
    }

    private PushResponse store(PushRequest push) {
        List<EventResult> results = new ArrayList<>();
        for (PushedEvent e : push.events()) {
            UUID id = e.event().eventId();
            if (stored.containsKey(id)) {
                duplicatesAnswered++;
                results.add(rejectIds.contains(id) ? EventResult.rejected(e.sequence(), id, "stock.zero_quantity")
                        : EventResult.duplicate(e.sequence(), id));
                continue;
            }
            stored.put(id, e);
            if (rejectIds.contains(id)) {
                results.add(EventResult.rejected(e.sequence(), id, "stock.zero_quantity"));
                continue;
            }
            if (e.event() instanceof StockMoved m) {
                stock.merge(m.productId(), m.quantity(), BigDecimal::add);
            }
            results.add(EventResult.accepted(e.sequence(), id));
        }
        long through = 0;
        while (sequences().contains(through + 1)) {
            through++;
        }
        return new PushResponse(results, through, List.<SequenceGap>of());
    }

    private Set<Long> sequences() {
        Set<Long> seqs = new java.util.HashSet<>();
        stored.values().forEach(e -> seqs.add(e.sequence()));
        return seqs;
    }

    synchronized Map<UUID, PushedEvent> stored() {
        return new LinkedHashMap<>(stored);
    }

    synchronized BigDecimal stock(UUID productId) {
        return stock.getOrDefault(productId, BigDecimal.ZERO);
    }

    synchronized List<PushRequest> received() {
        return List.copyOf(received);
    }

    synchronized long duplicatesAnswered() {
        return duplicatesAnswered;
    }

    private static MockResponse json(int status, String body) {
        return new MockResponse.Builder().code(status).setHeader("Content-Type",
                status == 200 ? "application/json" : "application/problem+json").body(body).build();
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
