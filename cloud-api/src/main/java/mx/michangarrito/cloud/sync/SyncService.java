package mx.michangarrito.cloud.sync;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.michangarrito.cloud.auth.Authenticator;
import mx.michangarrito.cloud.auth.Principal;
import mx.michangarrito.cloud.http.ApiException;
import mx.michangarrito.cloud.http.Endpoints;
import mx.michangarrito.cloud.http.Json;
import mx.michangarrito.cloud.http.ProblemHandlers;
import mx.michangarrito.cloud.observe.RequestContext;
import mx.michangarrito.shared.sync.PushRequest;
import mx.michangarrito.shared.sync.SyncSchema;
import mx.michangarrito.shared.sync.UpdateRequired;

/**
 * {@code POST /v1/sync/push}: a paired terminal sends a batch of its outbox with its device credential
 * and gets an answer per event. The schema version is read before anything else, so an old terminal
 * gets "update required" (426) and never a parse error about a shape it cannot know.
 */
public final class SyncService implements HttpService {

    private final Endpoints endpoints;
    private final Authenticator auth;
    private final PushIngest ingest;

    public SyncService(Endpoints endpoints, Authenticator auth, PushIngest ingest) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.ingest = Objects.requireNonNull(ingest, "ingest");
    }

    @Override
    public void routing(HttpRules rules) {
        endpoints.on(rules).post(SyncSchema.PUSH_PATH, this::push);
    }

    private void push(ServerRequest request, ServerResponse response) {
        Principal.Device device = auth.device(request);
        JsonNode body = Json.readTree(request);
        JsonNode version = body.get("schemaVersion");
        if (version == null || !version.isInt()) {
            throw ApiException.badRequest("field.required", "schemaVersion");
        }
        int schema = version.intValue();
        if (schema < SyncSchema.MINIMUM_SUPPORTED) {
            String code = UpdateRequired.CODE;
            Json.sendProblem(response, UpdateRequired.STATUS, new UpdateRequired(ProblemHandlers.type(code),
                    ProblemHandlers.title(request, code, List.of(schema, SyncSchema.MINIMUM_SUPPORTED)),
                    UpdateRequired.STATUS, code, RequestContext.current().map(RequestContext::requestId).orElse(null),
                    schema, SyncSchema.MINIMUM_SUPPORTED, SyncSchema.CURRENT));
            return;
        }
        if (schema > SyncSchema.CURRENT) {
            throw ApiException.badRequest("sync.schema_unknown", schema, SyncSchema.CURRENT);
        }
        PushRequest push = Json.convert(body, PushRequest.class);
        PushRules.checkEnvelope(push);
        if (!push.terminalId().equals(device.terminalId())) {
            throw new ApiException(Status.FORBIDDEN_403, "sync.terminal_mismatch");
        }
        Json.send(response, Status.OK_200, ingest.ingest(device.tenantId(), push));
    }
}
