package mx.michangarrito.cloud.observe;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mx.michangarrito.cloud.support.Api;
import mx.michangarrito.cloud.support.Session;
import mx.michangarrito.cloud.support.Shops;
import mx.michangarrito.cloud.support.TestCloud;
import mx.michangarrito.cloud.support.TestServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Logs are JSON lines with request and tenant ids, and carry no token, code or credential. */
class LoggingTest {

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final JsonLogFormatter formatter = new JsonLogFormatter();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(formatter.format(record));
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private final TestCloud cloud = TestCloud.create(TestCloud.TEST_LIMITS);
    private TestServer server;

    @BeforeEach
    void listen() {
        capture.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(capture);
        server = new TestServer(cloud);
    }

    @AfterEach
    void stop() {
        server.close();
        Logger.getLogger("").removeHandler(capture);
    }

    @Test
    void requestLinesAreJsonWithRequestAndTenantIdsAndNoSecrets() throws Exception {
        Api api = server.api();
        Shops shops = new Shops(api, cloud.otp());
        Session owner = shops.signUp("Tienda Bitácora");
        String code = cloud.otp().lastCode(owner.phone());
        String device = shops.pairTerminal(owner, "Caja").text("deviceCredential");
        api.put("/v1/integrations/llm", owner.accessToken(), Map.of("values", Map.of("apiKey", "sk-very-secret-1")))
                .expect(200);
        var me = api.send("GET", "/v1/me?token=" + owner.accessToken(), owner.accessToken(), null,
                Map.of("X-Request-Id", "req-123"));
        me.expect(200);

        ObjectMapper json = new ObjectMapper();
        JsonNode line = null;
        for (String text : lines) {
            JsonNode parsed = json.readTree(text);
            if ("req-123".equals(parsed.path("requestId").asText())) {
                line = parsed;
            }
        }
        assertTrue(line != null, "no log line with the request id: " + lines);
        assertEquals(owner.tenantId().toString(), line.get("tenantId").asText());
        assertTrue(line.get("message").asText().contains("path=/v1/me status=200"), line.toString());
        String all = String.join("", lines);
        for (String secret : List.of(owner.accessToken(), owner.refreshToken(), device, "sk-very-secret-1",
                "\"" + code + "\"", " " + code + " ")) {
            assertFalse(all.contains(secret), "a secret reached the log: " + secret);
        }
    }
}
