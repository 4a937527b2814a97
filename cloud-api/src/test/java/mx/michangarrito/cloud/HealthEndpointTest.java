package mx.michangarrito.cloud;

import io.helidon.http.Status;
import io.helidon.webclient.http1.Http1Client;
import io.helidon.webclient.http1.Http1ClientResponse;
import io.helidon.webserver.WebServerConfig;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.testing.junit5.ServerTest;
import io.helidon.webserver.testing.junit5.SetUpRoute;
import io.helidon.webserver.testing.junit5.SetUpServer;
import mx.michangarrito.cloud.support.TestCloud;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Health and metrics on a real socket (random port), with the features and routes {@link Main} wires. */
@ServerTest
class HealthEndpointTest {

    private final Http1Client client;

    HealthEndpointTest(Http1Client client) {
        this.client = client;
    }

    @SetUpServer
    static void server(WebServerConfig.Builder server) {
        Main.features(server, TestCloud.shared().cloud());
    }

    @SetUpRoute
    static void routing(HttpRouting.Builder routing) {
        Main.routing(routing, TestCloud.shared().cloud());
    }

    @Test
    void healthAnswersUpWithTheDatabaseCheck() {
        try (Http1ClientResponse response = client.get("/observe/health").request()) {
            assertEquals(Status.OK_200, response.status());
            String body = response.as(String.class);
            assertTrue(body.matches("(?s).*\"status\"\\s*:\\s*\"UP\".*"), body);
            assertTrue(body.contains("\"database\"") && body.contains("reachable"), body);
        }
    }

    @Test
    void metricsCountAnsweredRequestsInPrometheusFormat() {
        try (Http1ClientResponse ignored = client.get("/v1/me").request()) {
            assertEquals(Status.UNAUTHORIZED_401, ignored.status());
        }
        try (Http1ClientResponse response = client.get("/observe/metrics").request()) {
            assertEquals(Status.OK_200, response.status());
            String body = response.as(String.class);
            assertTrue(body.contains("http_requests_total{method=\"GET\",route=\"/v1/me\",status=\"401\"}"), body);
            assertTrue(body.contains("# TYPE http_request_duration_seconds histogram"), body);
        }
    }
}
