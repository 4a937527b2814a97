package mx.michangarrito.cloud;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import io.helidon.webserver.WebServer;
import mx.michangarrito.cloud.support.TestCloud;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How {@link Main} turns application.yaml plus environment variables into a running server. */
class MainTest {

    @Test
    void portComesFromApplicationYamlWhenCloudPortIsUnset() {
        assertEquals(8080, Main.config(Map.of()).get("server.port").asInt().get());
    }

    @Test
    void cloudPortOverridesThePortFromApplicationYaml() {
        assertEquals(18081, Main.config(Map.of("CLOUD_PORT", "18081")).get("server.port").asInt().get());
    }

    @Test
    void undocumentedVariablesDoNotChangeTheConfig() {
        assertEquals(8080, Main.config(Map.of("SERVER_PORT", "9999")).get("server.port").asInt().get());
    }

    @Test
    void cloudPortThatIsNotAPortIsRejectedNamingTheVariable() {
        var e = assertThrows(IllegalArgumentException.class, () -> Main.config(Map.of("CLOUD_PORT", "80a")));
        assertTrue(e.getMessage().contains("CLOUD_PORT"), e.getMessage());
    }

    @Test
    void startedServerListensOnTheCloudPortAnswersHealthAndLimitsBodies() throws Exception {
        int port = freePort();
        WebServer server = Main.start(Main.config(Map.of("CLOUD_PORT", Integer.toString(port))),
                TestCloud.shared().cloud());
        try (HttpClient http = HttpClient.newHttpClient()) {
            assertEquals(port, server.port());
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/observe/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            String big = "{\"phone\":\"" + "5".repeat(70_000) + "\"}";
            // Expect: 100-continue, so the refusal comes before the body is sent: without it the server's
            // early 413 and close race the client still writing its 70 KB (a flaky "no bytes" on busy machines).
            HttpResponse<String> tooBig = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/auth/code"))
                            .expectContinue(true)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(big)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, tooBig.statusCode(), tooBig.body());
            HttpResponse<String> chunked = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/auth/code"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofInputStream(
                                    () -> new java.io.ByteArrayInputStream(big.getBytes()))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, chunked.statusCode(), chunked.body());
            assertTrue(chunked.body().contains("\"code\":\"request.too_large\""), chunked.body());
        } finally {
            server.stop();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
