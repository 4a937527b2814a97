package mx.michangarrito.cloud.sync;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.michangarrito.cloud.auth.Authenticator;
import mx.michangarrito.cloud.auth.Principal;
import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.http.ApiException;
import mx.michangarrito.cloud.http.Endpoints;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.cloud.http.ProblemHandlers;
import mx.michangarrito.cloud.observe.RequestContext;
import mx.michangarrito.shared.sync.SyncSchema;
import mx.michangarrito.shared.sync.UpdateRequired;

/**
 * {@code GET /v1/sync/pull} and {@code GET /v1/sync/snapshot}: a paired terminal reads the shop's
 * catalog, customer, user and setting changes after its cursor, or the whole of them for a full resync.
 * Like the push, the schema version comes first: an old terminal gets "update required" (426).
 */
public final class PullService implements HttpService {

    /** How long tombstones are kept when nothing else is configured. */
    public static final Duration DEFAULT_TOMBSTONE_RETENTION = Duration.ofDays(30);

    private final Endpoints endpoints;
    private final Authenticator auth;
    private final Database database;
    private final ChangeFeedRepository reader;
    private final Clock clock;
    private final Duration retention;

    public PullService(Endpoints endpoints, Authenticator auth, Database database, ChangeFeedRepository reader,
                       Clock clock, Duration tombstoneRetention) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.database = Objects.requireNonNull(database, "database");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.retention = Objects.requireNonNull(tombstoneRetention, "tombstoneRetention");
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("tombstone retention must be positive: " + retention);
        }
    }

    @Override
    public void routing(HttpRules rules) {
        endpoints.on(rules).get(SyncSchema.PULL_PATH, this::pull).get(SyncSchema.SNAPSHOT_PATH, this::snapshot);
    }

    private void pull(ServerRequest request, ServerResponse response) {
        Principal.Device device = auth.device(request);
        if (updateRequired(request, response)) {
            return;
        }
        long after = number(request, "after").orElse(0L);
        int limit = limit(request);
        Json.send(response, Status.OK_200, database.inTenant(device.tenantId(), tx -> {
            reader.purgeTombstones(tx, clock.instant().minus(retention));
            return reader.pull(tx, after, limit);
        }));
    }

    private void snapshot(ServerRequest request, ServerResponse response) {
        Principal.Device device = auth.device(request);
        if (updateRequired(request, response)) {
            return;
        }
        Long upTo = number(request, "upTo").orElse(null);
        long after = number(request, "after").orElse(0L);
        int limit = limit(request);
        Json.send(response, Status.OK_200, database.inTenant(device.tenantId(),
                tx -> reader.snapshot(tx, upTo, after, limit)));
    }

    /** Answers 426 and returns true for a schema older than the cloud reads; 400 for a missing or unknown one. */
    private static boolean updateRequired(ServerRequest request, ServerResponse response) {
        long schema = number(request, "schemaVersion")
                .orElseThrow(() -> ApiException.badRequest("field.required", "schemaVersion"));
        if (schema < SyncSchema.MINIMUM_SUPPORTED) {
            String code = UpdateRequired.CODE;
            Json.sendProblem(response, UpdateRequired.STATUS, new UpdateRequired(ProblemHandlers.type(code),
                    ProblemHandlers.title(request, code, List.of(schema, SyncSchema.MINIMUM_SUPPORTED)),
                    UpdateRequired.STATUS, code, RequestContext.current().map(RequestContext::requestId).orElse(null),
                    (int) schema, SyncSchema.MINIMUM_SUPPORTED, SyncSchema.CURRENT));
            return true;
        }
        if (schema > SyncSchema.CURRENT) {
            throw ApiException.badRequest("sync.schema_unknown", schema, SyncSchema.CURRENT);
        }
        return false;
    }

    private static int limit(ServerRequest request) {
        long limit = number(request, "limit").orElse((long) SyncSchema.MAX_CHANGES_PER_PULL);
        if (limit < 1 || limit > SyncSchema.MAX_CHANGES_PER_PULL) {
            throw ApiException.badRequest("sync.pull_limit", SyncSchema.MAX_CHANGES_PER_PULL);
        }
        return (int) limit;
    }

    private static Optional<Long> number(ServerRequest request, String name) {
        Optional<String> text = request.query().first(name).asOptional();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            long value = Long.parseLong(text.get().strip());
            if (value < 0) {
                throw ApiException.badRequest("sync.bad_number", name);
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("sync.bad_number", name);
        }
    }
}
