package mx.michangarrito.cloud.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A small JSON client for the tests, over the JDK's HttpClient against a real socket. */
public final class Api implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;

    public Api(URI base) {
        this.base = base;
    }

    public Reply get(String path, String token) {
        return send("GET", path, token, null, Map.of());
    }

    public Reply delete(String path, String token) {
        return send("DELETE", path, token, null, Map.of());
    }

    public Reply post(String path, String token, Object body) {
        return send("POST", path, token, json(body), Map.of());
    }

    public Reply put(String path, String token, Object body) {
        return send("PUT", path, token, json(body), Map.of());
    }

    /** Any request with a raw body (null for none) and extra headers. */
    public Reply send(String method, String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("X-Request-Id").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Override
    public void close() {
        http.close();
    }

    /** A response: status, raw body, content type and request id. */
    public record Reply(int status, String body, String contentType, String requestId) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        public String text(String field) {
            JsonNode node = json().get(field);
            if (node == null) {
                throw new AssertionError("no field " + field + " in " + body);
            }
            return node.asText();
        }

        /** Fails with the body when the status differs. */
        public Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError("expected " + expected + " but got " + status + ": " + body);
            }
            return this;
        }
    }
}
