package mx.michangarrito.cloud.integration;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import mx.michangarrito.cloud.auth.Authenticator;
import mx.michangarrito.cloud.auth.Principal;
import mx.michangarrito.cloud.auth.Role;
import mx.michangarrito.cloud.db.Database;
import mx.michangarrito.cloud.http.ApiException;
import mx.michangarrito.cloud.http.Endpoints;
import mx.michangarrito.cloud.http.Fields;
import mx.michangarrito.cloud.http.Json;

/**
 * {@code /v1/integrations}: the owner sets or clears the shop's own credentials; owner and manager see
 * only whether each integration is "configured" or "platform_default". Values are never returned.
 */
public final class IntegrationService implements HttpService {

    private static final int MAX_FIELDS = 20;
    private static final int MAX_VALUE = 4096;

    private final Endpoints endpoints;
    private final Database database;
    private final Authenticator auth;
    private final IntegrationCredentials credentials;
    private final IntegrationCredentialRepository repository;

    public IntegrationService(Endpoints endpoints, Database database, Authenticator auth,
                              IntegrationCredentials credentials, IntegrationCredentialRepository repository) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.database = Objects.requireNonNull(database, "database");
        this.auth = Objects.requireNonNull(auth, "auth");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.repository = Objects.requireNonNull(repository, "repository");
    }

    @Override
    public void routing(HttpRules rules) {
        endpoints.on(rules)
                .get("/v1/integrations", this::list)
                .put("/v1/integrations/{kind}", this::set)
                .delete("/v1/integrations/{kind}", this::clear);
    }

    private void list(ServerRequest request, ServerResponse response) {
        Principal.User user = auth.user(request, Role.OWNER, Role.MANAGER);
        Set<IntegrationKind> configured = database.inTenant(user.tenantId(), repository::configured);
        Json.send(response, Status.OK_200, Arrays.stream(IntegrationKind.values())
                .map(k -> IntegrationStatus.of(k, configured.contains(k))).toList());
    }

    private void set(ServerRequest request, ServerResponse response) {
        Principal.User owner = auth.user(request, Role.OWNER);
        IntegrationKind kind = kind(request);
        var body = Json.read(request, SetRequest.class);
        Map<String, String> values = Fields.required(body.values(), "values");
        if (values.isEmpty() || values.size() > MAX_FIELDS) {
            throw ApiException.badRequest("integration.values", MAX_FIELDS);
        }
        values.forEach((name, value) -> {
            Fields.text(name, "values", 64);
            if (value == null || value.isEmpty() || value.length() > MAX_VALUE) {
                throw ApiException.badRequest("integration.value", name, MAX_VALUE);
            }
        });
        credentials.store(owner.tenantId(), kind, values, owner.userId());
        Json.send(response, Status.OK_200, IntegrationStatus.of(kind, true));
    }

    private void clear(ServerRequest request, ServerResponse response) {
        Principal.User owner = auth.user(request, Role.OWNER);
        IntegrationKind kind = kind(request);
        database.inTenant(owner.tenantId(), tx -> repository.delete(tx, kind));
        Json.send(response, Status.OK_200, IntegrationStatus.of(kind, false));
    }

    private static IntegrationKind kind(ServerRequest request) {
        return IntegrationKind.fromWire(request.path().pathParameters().get("kind"))
                .orElseThrow(ApiException::notFound);
    }

    record SetRequest(Map<String, String> values) {
    }

    record IntegrationStatus(String kind, String status) {

        static IntegrationStatus of(IntegrationKind kind, boolean configured) {
            return new IntegrationStatus(kind.wire(), configured ? "configured" : "platform_default");
        }
    }
}
