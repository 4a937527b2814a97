package mx.michangarrito.cloud.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.helidon.http.HeaderValues;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** Serves the OpenAPI document ({@code openapi.json} on the classpath) at {@code GET /openapi}. */
public final class OpenApiService implements HttpService {

    public static final String RESOURCE = "/mx/michangarrito/cloud/openapi.json";

    private final byte[] document;
    private final Endpoints endpoints;

    public OpenApiService(Endpoints endpoints) {
        this.endpoints = endpoints;
        try (InputStream in = OpenApiService.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void routing(HttpRules rules) {
        endpoints.on(rules).get("/openapi", this::document);
    }

    private void document(ServerRequest request, ServerResponse response) {
        response.header(HeaderValues.CONTENT_TYPE_JSON).send(document);
    }
}
